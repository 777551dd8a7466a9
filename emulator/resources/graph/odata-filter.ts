import { GraphError } from './graph-route.js';

/** A parsed `$filter`: tells whether one entity (as Graph returns it) matches. */
export type EntityFilter = (entity: Record<string, unknown>) => boolean;

const CLAUSE =
  /^\s*(?:([A-Za-z][\w]*)\s+eq\s+('(?:[^']|'')*'|true|false|null)|startswith\(\s*([A-Za-z][\w]*)\s*,\s*('(?:[^']|'')*')\s*\))\s*$/i;

/**
 * Parses the `$filter` subset directory clients use: `prop eq 'value'` (also `true`, `false`,
 * `null`) and `startswith(prop,'value')`, joined with `and`. Strings compare case-insensitively,
 * as Entra does for ids and names. Anything else is Graph's 400 `Request_UnsupportedQuery`.
 */
export function parseFilter(filter: string | null): EntityFilter {
  if (filter === null || filter.trim() === '') return () => true;
  const clauses = filter.split(/\s+and\s+/i).map((text) => {
    const match = CLAUSE.exec(text);
    if (!match) throw unsupported(filter);
    const [, eqProp, eqValue, swProp, swValue] = match;
    if (eqProp && eqValue !== undefined) {
      const wanted = literal(eqValue);
      return (entity: Record<string, unknown>) => same(entity[eqProp], wanted);
    }
    const prefix = String(literal(swValue ?? "''")).toLowerCase();
    const prop = swProp ?? '';
    return (entity: Record<string, unknown>) => {
      const value = entity[prop];
      return typeof value === 'string' && value.toLowerCase().startsWith(prefix);
    };
  });
  return (entity) => clauses.every((matches) => matches(entity));
}

function literal(text: string): string | boolean | null {
  if (text.startsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  const lower = text.toLowerCase();
  return lower === 'null' ? null : lower === 'true';
}

function same(value: unknown, wanted: string | boolean | null): boolean {
  if (typeof value === 'string' && typeof wanted === 'string')
    return value.toLowerCase() === wanted.toLowerCase();
  return (value ?? null) === wanted;
}

function unsupported(filter: string): GraphError {
  return new GraphError(
    400,
    'Request_UnsupportedQuery',
    `Unsupported or invalid query filter clause specified for property '${filter}'.`,
  );
}
