import type { Scope, VariablesSection } from '@psb/contracts';
import { type Overrides, previewValue } from './runtimeValues.js';

/** What the preview's nodes read of the variables: their values, and their names for `{{…}}`. */
export interface VariableScope {
  variables: VariablesSection;
  value(id: string): unknown;
  /** Looks a name up for expressions: first among `extra` (a List's `item` and `index`), then the variables. */
  lookup(extra?: Record<string, unknown>): Scope;
}

/**
 * Built once per change of the variables or of their run-time values, and shared by every node: building
 * the name index per node made a render of the page cost nodes × variables.
 */
export function variableScope(variables: VariablesSection, overrides: Overrides): VariableScope {
  const idByName = new Map(Object.values(variables.entities).map((v) => [v.name, v.id]));
  const value = (id: string) => previewValue(variables, overrides, id);
  const byName: Scope = (name) => {
    const id = idByName.get(name);
    return id === undefined ? { found: false } : { found: true, value: value(id) };
  };
  return {
    variables,
    value,
    lookup: (extra) =>
      extra === undefined ? byName : (name) => (Object.hasOwn(extra, name) ? { found: true, value: extra[name] } : byName(name)),
  };
}
