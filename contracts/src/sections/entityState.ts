import { IDENTIFIER_PATTERN } from '../primitives.js';
import { type Problem, pointer } from '../problem.js';

/** Redux Toolkit's normalized entity state, as stored in a snapshot. */
export interface EntityState<T extends { id: string }> {
  entities: Record<string, T>;
  ids: string[];
}

/** `ids` lists each key of `entities` exactly once, and each entity's id is its key. */
export function checkEntityState(state: EntityState<{ id: string }>, path: string[], noun: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  state.ids.forEach((id, index) => {
    if (!Object.hasOwn(state.entities, id)) {
      problems.push({ path: pointer(...path, 'ids', index), message: `No ${noun} with id "${id}" in entities.` });
    } else if (seen.has(id)) {
      problems.push({ path: pointer(...path, 'ids', index), message: `The ${noun} id "${id}" is listed twice.` });
    }
    seen.add(id);
  });
  for (const [key, entity] of Object.entries(state.entities)) {
    if (entity.id !== key) {
      problems.push({
        path: pointer(...path, 'entities', key, 'id'),
        message: `The ${noun} id "${entity.id}" does not match its key "${key}".`,
      });
    }
    if (!seen.has(key)) {
      problems.push({ path: pointer(...path, 'entities', key), message: `The ${noun} "${key}" is missing from ids.` });
    }
  }
  return problems;
}

/** Reports every name used by more than one item, at each later occurrence. */
export function checkUniqueNames(items: Iterable<{ name: string; path: (string | number)[] }>, noun: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { name, path } of items) {
    if (seen.has(name)) problems.push({ path: pointer(...path, 'name'), message: `Another ${noun} is already named "${name}".` });
    seen.add(name);
  }
  return problems;
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
