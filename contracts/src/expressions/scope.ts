/** What a scope answers for one name: the variable's value (JSON), or that there is no such variable. */
export type ScopeLookup = { found: true; value: unknown } | { found: false };

/** Resolves the root names of expressions (`count` in `count + 1`, `user` in `user.name`). */
export type Scope = (name: string) => ScopeLookup;

/**
 * A scope over a plain record of values by name. Only own properties count, so names like `constructor` or
 * `toString` are not found through the prototype.
 */
export function scopeFromRecord(values: Readonly<Record<string, unknown>>): Scope {
  return (name) => (Object.hasOwn(values, name) ? { found: true, value: values[name] } : { found: false });
}
