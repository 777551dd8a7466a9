/**
 * TEST ONLY. Turns a valid payload into fuzz cases: the payload as is, garbage instead of it,
 * one field (at any depth) deleted or replaced with a wrong type, a huge or odd string, deep
 * nesting, a throwing getter or a hostile object; an extra field; or the valid fields inside a
 * hostile container (a throwing prototype, no prototype, a getter that changes its answer).
 *
 * The big values (1 MB strings, 10,000 levels) are built once and shared: zod never mutates
 * its input, and building them thousands of times would cost the test its time budget.
 */
import {
  constructorPrototype,
  deepArray,
  deepObject,
  hostilePrototype,
  hugeString,
  manyKeys,
  nullPrototype,
  ownProtoKey,
  revokedProxy,
  throwingGetterDescriptor,
  throwingPrimitive,
  throwingProxy,
} from './hostile-values';
import type { Prng } from './prng';

export interface FuzzCase {
  /** What was done to the payload, for the report of a failing case. */
  kind: string;
  payload: unknown;
}

const MB = 1 << 20;
const deepObj = deepObject(10_000);
const deepArr = deepArray(10_000);
const huge = hugeString(MB);
const hugeKeys = manyKeys(1000);

/**
 * Strings that are the right type but odd: the edges of limits, control and bidi characters.
 * Any of them may land in any field, a proxy URL included, so every host named is a loopback
 * one: a real host name would send the test to a name server (which offline takes 5 s to fail).
 */
const oddStrings: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e',
  'a'.repeat(2048),
  'a'.repeat(2049),
  'javascript:alert(1)',
  'https://127.0.0.1:1/sites/hr',
  'http://127.0.0.1:1',
  '../../../etc/passwd',
  '%00%2e%2e',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  huge,
];

/** Values of every other type; shared hostile objects are fine, they are never mutated. */
const wrongTypes: readonly unknown[] = [
  undefined,
  null,
  0,
  -0,
  -1,
  NaN,
  Infinity,
  1e308,
  true,
  false,
  10n,
  Symbol('fuzz'),
  () => 'fn',
  [],
  [1, 'two'],
  {},
  new Date(NaN),
  new Map([['k', 'v']]),
  /re/g,
  new Uint8Array(4),
  Promise.resolve('later'),
  { then: () => Promise.reject(new Error('thenable')) },
  deepObj,
  deepArr,
  hugeKeys,
  throwingProxy(),
  revokedProxy(),
  nullPrototype(),
  throwingPrimitive(),
];

const extraKeys: readonly (string | symbol)[] = [
  'extra',
  'constructor',
  'toString',
  'hasOwnProperty',
  Symbol('extra'),
  'k'.repeat(MB),
];

/** Every (container, key) pair in `value`: each field and array element, at any depth. */
function slots(value: unknown, out: [object, string][] = []): [object, string][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

function mutateField(rng: Prng, payload: object): string {
  const [container, key] = rng.pick(slots(payload));
  const target = container as Record<string, unknown>;
  const how = rng.int(0, 6);
  if (how === 0) delete target[key];
  else if (how === 1) target[key] = rng.pick(wrongTypes);
  else if (how === 2) target[key] = rng.pick(oddStrings);
  else if (how === 3) target[key] = rng.chance(0.5) ? deepObj : deepArr;
  else if (how === 4) Object.defineProperty(target, key, throwingGetterDescriptor(key));
  else if (how === 5) target[key] = rng.pick([throwingProxy(), revokedProxy(), hugeKeys]);
  else target[key] = { value: target[key] };
  return ['deleted', 'wrong type', 'odd string', 'deep', 'getter', 'hostile', 'wrapped'][how]!;
}

function addExtraField(rng: Prng, payload: object): string {
  const objects = [payload, ...slots(payload).map(([c, k]) => (c as Record<string, unknown>)[k])];
  const target = rng.pick(objects.filter((o): o is object => !!o && typeof o === 'object'));
  const key = rng.pick(extraKeys);
  Object.defineProperty(target, key, { value: rng.pick(wrongTypes), enumerable: true });
  return `extra ${typeof key === 'symbol' ? 'symbol' : key.slice(0, 20)}`;
}

/** The valid fields, but read through something that is not plain data. */
function hostileContainer(rng: Prng, fields: Record<string, unknown>): FuzzCase {
  const which = rng.int(0, 5);
  if (which === 0) return { kind: 'hostile prototype', payload: hostilePrototype(fields) };
  if (which === 1) return { kind: 'null prototype', payload: nullPrototype(fields) };
  if (which === 2) return { kind: 'own __proto__', payload: ownProtoKey(fields) };
  if (which === 3) return { kind: 'constructor.prototype', payload: constructorPrototype(fields) };
  if (which === 4) {
    const payload = new Proxy(fields, {
      ownKeys: () => {
        throw new Error('hostile ownKeys');
      },
    });
    return { kind: 'proxy without keys', payload };
  }
  // Valid when first read, hostile afterwards: what the handler sees must be the parsed copy.
  const [key] = Object.keys(fields);
  if (key === undefined) return { kind: 'frozen', payload: Object.freeze(fields) };
  let reads = 0;
  const first = fields[key];
  Object.defineProperty(fields, key, {
    enumerable: true,
    get: () => (reads++ === 0 ? first : throwingProxy()),
  });
  return { kind: 'changing getter', payload: fields };
}

/** One fuzz case from a fresh valid payload (the function may mutate what `valid` returns). */
export function fuzzCase(rng: Prng, valid: () => unknown): FuzzCase {
  const roll = rng.next();
  if (roll < 0.12) return { kind: 'valid', payload: valid() };
  if (roll < 0.3) return { kind: 'garbage', payload: rng.pick([...wrongTypes, ...oddStrings]) };
  const payload = valid() as Record<string, unknown>;
  // A payload without fields (`{}`) has none to mutate: it gets one it may not have instead.
  if (roll < 0.75 && Object.keys(payload).length > 0)
    return { kind: `field ${mutateField(rng, payload)}`, payload };
  if (roll < 0.88) return { kind: addExtraField(rng, payload), payload };
  return hostileContainer(rng, payload);
}
