import { createHash } from 'node:crypto';

/**
 * A GUID derived from its parts. Objects the emulator does not persist (sites, the Azure
 * subscription, Yammer ids) still need ids that survive restarts, so they are hashed from the
 * persisted tenant and user ids instead of being random.
 */
export function stableGuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  // Shape it like a version-4 GUID so strict parsers accept it.
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A positive integer id below 2^47 (safe in JSON numbers), as Yammer uses for users and networks. */
export function stableNumericId(...parts: string[]): number {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return parseInt(hex.slice(0, 12), 16);
}

/**
 * `createdDateTime` of everything the emulator seeds. Fixed and in the past, so seeded apps are
 * never hidden by the replication delay switch, and stable across restarts.
 */
export const SEEDED_AT = '2024-01-01T08:00:00Z';
