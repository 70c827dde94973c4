import type { Variable, VariablesSection } from '@psb/contracts';

/** How many phrases the summary shows before it only counts the rest: a summary, not a list. */
const SHOWN_MAX = 5;

/**
 * What differs between two saved versions of the variables, in words for the version history: "variable total
 * added", "variable count renamed to total" (a rename is the same id under a new name), "variable total: type
 * changed to string", "variable total: default changed". Matched by id; a variable that is the same object in both
 * is not looked into.
 */
export function describeChanges(before: VariablesSection, after: VariablesSection): string[] {
  if (before === after) return [];
  const phrases: string[] = [];
  for (const id of after.ids) {
    const now = variableIn(after, id);
    if (!now) continue;
    const was = variableIn(before, id);
    if (!was) {
      phrases.push(`variable ${now.name} added`);
      continue;
    }
    if (was !== now) phrases.push(...variableChanges(was, now));
    // The current values are saved too (the preview's), apart from the variables.
    if (before.values !== after.values && !sameJson(valueIn(before, id), valueIn(after, id))) {
      phrases.push(`variable ${now.name}: current value changed`);
    }
  }
  for (const id of before.ids) {
    const was = variableIn(before, id);
    if (was && !variableIn(after, id)) phrases.push(`variable ${was.name} removed`);
  }
  return summary(phrases);
}

/** A variable in both versions: renamed, retyped, its default or description changed. */
function variableChanges(was: Variable, now: Variable): string[] {
  const phrases: string[] = [];
  if (was.name !== now.name) phrases.push(`variable ${was.name} renamed to ${now.name}`);
  if (was.type !== now.type) phrases.push(`variable ${now.name}: type changed to ${now.type}`);
  if (!sameJson(was.defaultValue, now.defaultValue)) phrases.push(`variable ${now.name}: default changed`);
  if ((was.description ?? '') !== (now.description ?? '')) phrases.push(`variable ${now.name}: description changed`);
  return phrases;
}

/** Own keys only: an id may be "constructor". */
const variableIn = (section: VariablesSection, id: string) =>
  Object.hasOwn(section.entities, id) ? section.entities[id] : undefined;
const valueIn = ({ values }: VariablesSection, id: string) => (values && Object.hasOwn(values, id) ? values[id] : undefined);

/** The first few phrases, then how many more: "and 12 more changes" (never "and 1 more", which would fit). */
function summary(phrases: string[]): string[] {
  if (phrases.length <= SHOWN_MAX + 1) return phrases;
  return [...phrases.slice(0, SHOWN_MAX), `and ${phrases.length - SHOWN_MAX} more changes`];
}

/** Whether two JSON values are equal, whatever the order of their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(other, key) && sameJson((a as Record<string, unknown>)[key], other[key]))
  );
}
