/** TEST ONLY. Sealed records in memory, for a vault nothing else reads. */
import type { SealedRecords } from '../ports';
import { splitName } from '../store/sealed-file-names';

export interface MemoryRecords extends SealedRecords {
  /** The records set aside, by name. */
  readonly aside: ReadonlyMap<string, unknown>;
}

export function memoryRecords(): MemoryRecords {
  const kept = new Map<string, Readonly<Record<string, unknown>>>();
  const aside = new Map<string, unknown>();
  return {
    path: ':memory:',
    aside,
    names: (group) =>
      [...kept.keys()].filter((name) => group === undefined || splitName(name).group === group),
    get: (name) => kept.get(name),
    set: (name, record) => void kept.set(name, structuredClone(record)),
    delete: (name) => void kept.delete(name),
    setAside(name) {
      const record = kept.get(name);
      if (record === undefined) return undefined;
      const key = `${name}@${new Date().toISOString()}`;
      aside.set(key, record);
      kept.delete(name);
      return `:memory:/${key}`;
    },
  };
}
