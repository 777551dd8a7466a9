/**
 * A value kept under one key of a {@link KeyValueStore}, parsed only when the stored value is
 * another one than last time. The store hands back the same value until it changes (see
 * memory-store.ts), so a reader called once per connection, or once per secret read, parses it
 * once per change, not once per call.
 */
import type { KeyValueStore } from '../ports';

export function storedValue<T>(
  kv: KeyValueStore,
  key: string,
  parse: (raw: unknown) => T,
): () => T {
  let last: { raw: unknown; value: T } | undefined;
  return () => {
    const raw = kv.get(key);
    if (!last || last.raw !== raw) last = { raw, value: parse(raw) };
    return last.value;
  };
}
