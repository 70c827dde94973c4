import type { EntityModel, EntityModelsSection, ModelField } from '@psb/contracts';

/** How many phrases the summary shows before it only counts the rest: a summary, not a list. */
const SHOWN_MAX = 5;

/**
 * What differs between two saved versions of the entity models, in words for the version history: "model Customer
 * added", "model Client renamed to Customer", "model Customer: 2 fields added". Models and fields are matched by
 * id; a model that is the same object in both is not looked into.
 */
export function describeChanges(before: EntityModelsSection, after: EntityModelsSection): string[] {
  if (before === after) return [];
  const phrases: string[] = [];
  for (const id of after.ids) {
    const now = modelIn(after, id);
    const was = modelIn(before, id);
    if (!now || was === now) continue;
    if (!was) {
      phrases.push(`model ${now.name} added`);
      continue;
    }
    if (was.name !== now.name) phrases.push(`model ${was.name} renamed to ${now.name}`);
    if (was.fields !== now.fields) phrases.push(...fieldChanges(now.name, was.fields, now.fields));
  }
  for (const id of before.ids) {
    const was = modelIn(before, id);
    if (was && !modelIn(after, id)) phrases.push(`model ${was.name} removed`);
  }
  return summary(phrases);
}

/**
 * The fields of one model: how many were added, removed and changed (name, type, required, values or target), and
 * whether they were reordered. "model Customer: 2 fields added".
 */
function fieldChanges(model: string, was: ModelField[], now: ModelField[]): string[] {
  const fieldsBefore = new Map(was.map((field) => [field.id, field]));
  const idsNow = new Set(now.map((field) => field.id));
  let added = 0;
  let changed = 0;
  for (const field of now) {
    const old = fieldsBefore.get(field.id);
    if (!old) added++;
    else if (old !== field && !sameJson(old, field)) changed++;
  }
  const keptBefore = was.filter((field) => idsNow.has(field.id));
  const keptNow = now.filter((field) => fieldsBefore.has(field.id));
  const removed = was.length - keptBefore.length;
  const phrases: string[] = [];
  if (added > 0) phrases.push(`${fields(added)} added`);
  if (removed > 0) phrases.push(`${fields(removed)} removed`);
  if (changed > 0) phrases.push(`${fields(changed)} changed`);
  if (keptBefore.some((field, i) => field.id !== keptNow[i]?.id)) phrases.push('fields reordered');
  return phrases.map((what) => `model ${model}: ${what}`);
}

const fields = (n: number) => `${n} ${n === 1 ? 'field' : 'fields'}`;

/** Own keys only: an id may be "constructor". */
const modelIn = (section: EntityModelsSection, id: string): EntityModel | undefined =>
  Object.hasOwn(section.entities, id) ? section.entities[id] : undefined;

/** The first few phrases, then how many more: "and 12 more changes" (never "and 1 more", which would fit). */
function summary(phrases: string[]): string[] {
  if (phrases.length <= SHOWN_MAX + 1) return phrases;
  return [...phrases.slice(0, SHOWN_MAX), `and ${phrases.length - SHOWN_MAX} more changes`];
}

/** Whether two JSON values are equal, whatever the order of their keys (a retyped field is a new object). */
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
