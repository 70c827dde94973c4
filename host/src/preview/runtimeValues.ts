import type { VariablesSection } from '@psb/contracts';

/**
 * The preview's variable values: what flows and inputs set while trying the page, over the document's
 * run-time values and defaults. Never saved: the document stays what the editors made it.
 */
export class RuntimeValues {
  readonly #overrides = new Map<string, unknown>();
  readonly #listeners = new Set<() => void>();
  #version = 0;

  get version(): number {
    return this.#version;
  }

  get(variables: VariablesSection, id: string): unknown {
    if (this.#overrides.has(id)) return this.#overrides.get(id);
    if (variables.values && Object.hasOwn(variables.values, id)) return variables.values[id];
    return variables.entities[id]?.defaultValue;
  }

  set(id: string, value: unknown): void {
    this.#overrides.set(id, value);
    this.#changed();
  }

  reset(): void {
    this.#overrides.clear();
    this.#changed();
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #changed() {
    this.#version++;
    for (const listener of this.#listeners) listener();
  }
}

/** Looks a name up among the variables (and extra names such as a List's `item`), for expressions. */
export function scopeOf(variables: VariablesSection, values: RuntimeValues, extra: Record<string, unknown> = {}) {
  const byName = new Map(Object.values(variables.entities).map((v) => [v.name, v.id]));
  return (name: string): { found: true; value: unknown } | { found: false } => {
    if (Object.hasOwn(extra, name)) return { found: true, value: extra[name] };
    const id = byName.get(name);
    return id === undefined ? { found: false } : { found: true, value: values.get(variables, id) };
  };
}
