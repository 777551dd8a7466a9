/**
 * TEST ONLY. Values a renderer (or anything that reaches the bridge) could hand the router that
 * are not plain data: objects whose every read throws, revoked proxies, throwing getters,
 * prototype tricks, huge strings and deep nesting. Each is built fresh, so a test that mutates
 * one cannot affect the next.
 */

const boom = (what: string) => () => {
  throw new Error(`hostile ${what}`);
};

/** A Proxy whose every trap throws: reading, listing keys, `in`, its prototype, primitives. */
export function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: boom('get'),
    has: boom('has'),
    ownKeys: boom('ownKeys'),
    getOwnPropertyDescriptor: boom('getOwnPropertyDescriptor'),
    getPrototypeOf: boom('getPrototypeOf'),
  });
}

/** A Proxy that was revoked: any operation on it, even `Array.isArray`, throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A property that throws when read; `configurable` so it can replace a field already there. */
export const throwingGetterDescriptor = (what: string): PropertyDescriptor => ({
  enumerable: true,
  configurable: true,
  get: boom(`getter ${what}`),
});

/** An object whose `field` is a getter that throws, beside otherwise plausible fields. */
export function throwingGetter(field: string, rest: Record<string, unknown> = {}): object {
  return Object.defineProperty({ ...rest }, field, throwingGetterDescriptor(field));
}

/** No prototype, and converting it to a string or number throws (no toString, no valueOf). */
export function nullPrototype(fields: Record<string, unknown> = {}): object {
  return Object.assign(Object.create(null) as object, fields);
}

/** An object whose conversion to a primitive throws (`String(x)`, template literals). */
export function throwingPrimitive(): object {
  return { [Symbol.toPrimitive]: boom('toPrimitive'), toString: boom('toString') };
}

/** `__proto__` as an own key (as `JSON.parse` makes it), pointing at a polluting object. */
export function ownProtoKey(fields: Record<string, unknown> = {}): object {
  return { ...fields, ...(JSON.parse('{"__proto__": {"polluted": true, "ok": true}}') as object) };
}

/** `constructor.prototype` trick: tries to reach and change Object.prototype through the input. */
export function constructorPrototype(fields: Record<string, unknown> = {}): object {
  return { ...fields, constructor: { prototype: { polluted: true } } };
}

/** An object whose prototype is a throwing Proxy: own fields are fine, inherited reads throw. */
export function hostilePrototype(fields: Record<string, unknown> = {}): object {
  return Object.assign(Object.create(throwingProxy()) as object, fields);
}

/** `{ a: { a: ... } }` `depth` levels deep (built iteratively: no recursion here either). */
export function deepObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** `[[[...]]]` `depth` levels deep. */
export function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export const hugeString = (bytes: number, char = 'x') => char.repeat(bytes);

/** An object with `count` keys the contract does not name. */
export function manyKeys(count: number): Record<string, number> {
  const value: Record<string, number> = {};
  for (let i = 0; i < count; i++) value[`extra${i}`] = i;
  return value;
}

/** Every hostile value by name, as whole payloads (or command names): for loops in tests. */
export const hostilePayloads: Record<string, () => unknown> = {
  'throwing proxy': () => throwingProxy(),
  'revoked proxy': () => revokedProxy(),
  'throwing getter': () => throwingGetter('serviceId'),
  'null prototype': () => nullPrototype({ serviceId: 'graph' }),
  'throwing toPrimitive': () => throwingPrimitive(),
  'own __proto__ key': () => ownProtoKey({ serviceId: 'graph' }),
  'constructor.prototype': () => constructorPrototype({ serviceId: 'graph' }),
  'hostile prototype': () => hostilePrototype({ serviceId: 'graph' }),
  'deep object': () => deepObject(10_000),
  'deep array': () => deepArray(10_000),
  'huge string': () => hugeString(1 << 20),
  'many keys': () => manyKeys(100_000),
};
