import { type EntityModel, type EntityModelsSection, jsonEqual, type ModelField, summarizeChanges } from '@psb/contracts';

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
  return summarizeChanges(phrases);
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
    else if (old !== field && !jsonEqual(old, field)) changed++;
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
