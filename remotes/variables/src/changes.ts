import { jsonEqual, summarizeChanges, type Variable, type VariablesSection } from '@psb/contracts';

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
    if (before.values !== after.values && !jsonEqual(valueIn(before, id), valueIn(after, id))) {
      phrases.push(`variable ${now.name}: current value changed`);
    }
  }
  for (const id of before.ids) {
    const was = variableIn(before, id);
    if (was && !variableIn(after, id)) phrases.push(`variable ${was.name} removed`);
  }
  return summarizeChanges(phrases);
}

/** A variable in both versions: renamed, retyped, its default or description changed. */
function variableChanges(was: Variable, now: Variable): string[] {
  const phrases: string[] = [];
  if (was.name !== now.name) phrases.push(`variable ${was.name} renamed to ${now.name}`);
  if (was.type !== now.type) phrases.push(`variable ${now.name}: type changed to ${now.type}`);
  if (!jsonEqual(was.defaultValue, now.defaultValue)) phrases.push(`variable ${now.name}: default changed`);
  if ((was.description ?? '') !== (now.description ?? '')) phrases.push(`variable ${now.name}: description changed`);
  return phrases;
}

/** Own keys only: an id may be "constructor". */
const variableIn = (section: VariablesSection, id: string) =>
  Object.hasOwn(section.entities, id) ? section.entities[id] : undefined;
const valueIn = ({ values }: VariablesSection, id: string) => (values && Object.hasOwn(values, id) ? values[id] : undefined);
