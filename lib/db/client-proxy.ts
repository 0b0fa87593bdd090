/** A property of `target` as read from it, a function bound to it (a client's methods use `this`). */
export function boundProperty(target: object, property: string | symbol): unknown {
  const value = Reflect.get(target, property, target) as unknown
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
}

/**
 * The same object with some properties answered differently: `override` gives the value of a property
 * it takes over and `undefined` for the others, which are `target`'s own, functions bound to it.
 */
export function overrideProperties<T extends object>(target: T, override: (property: string | symbol) => unknown): T {
  return new Proxy(target, {
    get: (inner, property) => override(property) ?? boundProperty(inner, property),
  })
}
