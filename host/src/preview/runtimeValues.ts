import type { VariablesSection } from '@psb/contracts';

/** The values set while trying the page, by variable id. */
export type Overrides = ReadonlyMap<string, unknown>;

/** A variable's value in the preview: as set while trying the page, else the document's run-time value, else its default. */
export function previewValue(variables: VariablesSection, overrides: Overrides, id: string): unknown {
  if (overrides.has(id)) return overrides.get(id);
  if (variables.values && Object.hasOwn(variables.values, id)) return variables.values[id];
  return variables.entities[id]?.defaultValue;
}

/**
 * The preview's variable values: what flows and inputs set while trying the page, over the document's
 * run-time values and defaults. Never saved: the document stays what the editors made it.
 */
export class RuntimeValues {
  #overrides: Overrides = new Map();
  readonly #listeners = new Set<() => void>();

  /** Replaced, never changed in place, so it can be a useSyncExternalStore snapshot and a memo input. */
  get overrides(): Overrides {
    return this.#overrides;
  }

  get(variables: VariablesSection, id: string): unknown {
    return previewValue(variables, this.#overrides, id);
  }

  set(id: string, value: unknown): void {
    this.#overrides = new Map(this.#overrides).set(id, value);
    this.#changed();
  }

  reset(): void {
    // Nothing to tell when nothing was set: a new snapshot would re-render every node that reads values.
    if (this.#overrides.size === 0) return;
    this.#overrides = new Map();
    this.#changed();
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #changed() {
    for (const listener of this.#listeners) listener();
  }
}
