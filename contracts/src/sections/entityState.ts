import { IDENTIFIER_PATTERN } from '../patterns.js';
import { type ProblemList, pointer } from '../problem.js';

/** Redux Toolkit's normalized entity state, as stored in a snapshot. */
export interface EntityState<T extends { id: string }> {
  entities: Record<string, T>;
  ids: string[];
}

/** `ids` lists each key of `entities` exactly once, and each entity's id is its key. */
export function checkEntityState(state: EntityState<{ id: string }>, path: string[], noun: string, problems: ProblemList): void {
  const seen = new Set<string>();
  for (const [index, id] of state.ids.entries()) {
    if (problems.full) return;
    if (!Object.hasOwn(state.entities, id)) {
      problems.add(pointer(...path, 'ids', index), `No ${noun} with id "${id}" in entities.`);
    } else if (seen.has(id)) {
      problems.add(pointer(...path, 'ids', index), `The ${noun} id "${id}" is listed twice.`);
    }
    seen.add(id);
  }
  for (const [key, entity] of Object.entries(state.entities)) {
    if (problems.full) return;
    if (entity.id !== key) {
      problems.add(pointer(...path, 'entities', key, 'id'), `The ${noun} id "${entity.id}" does not match its key "${key}".`);
    }
    if (!seen.has(key)) problems.add(pointer(...path, 'entities', key), `The ${noun} "${key}" is missing from ids.`);
  }
}

/** Reports every name used by more than one item, at each later occurrence. */
export function checkUniqueNames(
  items: Iterable<{ name: string; path: (string | number)[] }>,
  noun: string,
  problems: ProblemList,
): void {
  const seen = new Set<string>();
  for (const { name, path } of items) {
    if (problems.full) return;
    if (seen.has(name)) problems.add(pointer(...path, 'name'), `Another ${noun} is already named "${name}".`);
    seen.add(name);
  }
}

const identifier = new RegExp(IDENTIFIER_PATTERN);

/**
 * Why `name` cannot name a variable, model or field among `others` (the names of its siblings), or
 * undefined when it can: the rule checkSnapshot enforces, for editors to explain before they dispatch.
 */
export function nameProblem(name: string, others: Iterable<string>, noun: string): string | undefined {
  if (!identifier.test(name)) return 'Use letters, digits, _ or $, not starting with a digit (at most 64).';
  for (const other of others) if (other === name) return `Another ${noun} is already named "${name}".`;
  return undefined;
}
