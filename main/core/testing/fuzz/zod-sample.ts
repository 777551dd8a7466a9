/**
 * TEST ONLY. Derives a valid value from a zod schema, so the fuzz test has a valid payload for
 * every command of the contract without a hand-written copy that could drift from it. Only the
 * schema kinds the contract's inputs use are understood; anything else throws, so a new kind in
 * the contract makes the fuzz test fail loudly instead of quietly sending nothing valid.
 *
 * Free text that the core checks further (a cloud, a tenant, a URL) would be random and refused
 * at once; `hints` give plausible values for such fields by name, so valid payloads also reach
 * the deep paths (a real sign-in, a real app check). Every sample is parsed by its schema.
 */
import type { z } from 'zod';
import type { Prng } from './prng';

/** Candidate values per field name; each must satisfy that field's schema. */
export type FieldHints = Readonly<Record<string, readonly unknown[]>>;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The minimum and maximum length checks of a string or an array schema. */
function lengthBounds(def: Def): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of def.checks ?? []) {
    const { check: kind, minimum, maximum } = check._zod.def;
    if (kind === 'min_length' && minimum !== undefined) min = Math.max(min, minimum);
    if (kind === 'max_length' && maximum !== undefined) max = Math.min(max, maximum);
  }
  return { min, max };
}

export function sampleOf(
  schema: z.ZodType,
  rng: Prng,
  hints: FieldHints = {},
  field?: string,
): unknown {
  const hinted = field === undefined ? undefined : hints[field];
  if (hinted?.length) return rng.pick(hinted);
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        // Optional fields are left out half the time: both shapes are valid.
        if (defOf(child).type === 'optional' && rng.chance(0.5)) continue;
        value[key] = sampleOf(child, rng, hints, key);
      }
      return value;
    }
    case 'optional':
    case 'nullable':
      return sampleOf(def.innerType!, rng, hints, field);
    case 'string': {
      const { min, max } = lengthBounds(def);
      const length = rng.int(Math.max(min, 1), Math.min(max, Math.max(min, 1) + 12));
      return rng.text(length);
    }
    case 'enum':
      return rng.pick(Object.values(def.entries ?? {}));
    case 'literal':
      return def.values![0];
    case 'boolean':
      return rng.chance(0.5);
    case 'number':
      // Whole days, counts: small positive integers, checked further in main.
      return rng.int(1, 1000);
    case 'array': {
      const { min, max } = lengthBounds(def);
      const length = rng.int(min, Math.min(max, min + 2));
      return Array.from({ length }, () => sampleOf(def.element!, rng, hints));
    }
    case 'union':
      return sampleOf(rng.pick(def.options!), rng, hints, field);
    default:
      throw new Error(`zod-sample: no generator for schema kind '${def.type}'`);
  }
}

/** A value `schema` accepts; throws with zod's reasons if a hint did not fit its field. */
export function validSample(schema: z.ZodType, rng: Prng, hints: FieldHints = {}): unknown {
  const value = sampleOf(schema, rng, hints);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`zod-sample: generated an invalid value: ${parsed.error.message}`);
  }
  return value;
}
