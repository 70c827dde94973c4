import { ID_PATTERN } from '../patterns.js';
import { nameProblem } from '../sections/entityState.js';

/** Entities normalized as Redux Toolkit keeps them, which is how the named sections store theirs. */
interface Entities<T> {
  ids: readonly string[];
  entities: Readonly<Record<string, T>>;
}

/** The entity with this id; own keys only, so ids like "constructor" find nothing. */
export function entityById<T>(state: Entities<T>, id: string): T | undefined {
  return Object.hasOwn(state.entities, id) ? state.entities[id] : undefined;
}

const wellFormedId = new RegExp(ID_PATTERN);

/** Whether `id` has the form of an id (the one a snapshot checks). */
export const isWellFormedId = (id: string): boolean => wellFormedId.test(id);

/** Whether a new entity may take `id`: well formed, and no entity has it yet. */
export const isFreeId = (state: Entities<unknown>, id: string): boolean =>
  isWellFormedId(id) && !Object.hasOwn(state.entities, id);

/** Why `name` cannot name the entity `id` (undefined for a new one) beside the others, or undefined when it can. */
export function entityNameProblem(
  state: Entities<{ name: string }>,
  id: string | undefined,
  name: string,
  noun: string,
): string | undefined {
  const others = state.ids.flatMap((other) => (other === id ? [] : [state.entities[other]?.name ?? '']));
  return nameProblem(name, others, noun);
}

/** `${prefix}${n}` for the first n from `start` that `isFree` accepts: variable3, Model2, value1. */
export function firstFreeName(prefix: string, start: number, isFree: (name: string) => boolean): string {
  for (let n = start; ; n++) if (isFree(`${prefix}${n}`)) return `${prefix}${n}`;
}
