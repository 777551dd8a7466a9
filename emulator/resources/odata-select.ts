/** The `$select` query option (Graph also takes it without the `$`), or undefined. */
export function selectParam(url: URL): string | undefined {
  return url.searchParams.get('$select') ?? url.searchParams.get('select') ?? undefined;
}

/**
 * Applies OData `$select` to one entity: keeps the named properties (case-insensitively, as
 * Graph and SharePoint match them) plus annotations such as `@odata.context` and `__metadata`.
 */
export function applySelect(
  entity: Record<string, unknown>,
  select: string | undefined,
): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set(
    select
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  return Object.fromEntries(
    Object.entries(entity).filter(
      ([key]) => key.startsWith('@odata.') || key === '__metadata' || wanted.has(key.toLowerCase()),
    ),
  );
}
