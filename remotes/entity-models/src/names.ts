import { type EntityModel, type EntityModelsSection, nameProblem } from '@psb/contracts';

/** Why `name` cannot name model `id` (undefined when it can). */
export function modelNameProblem(section: EntityModelsSection, id: string | undefined, name: string): string | undefined {
  const others = section.ids.flatMap((other) => (other === id ? [] : [section.entities[other]?.name ?? '']));
  return nameProblem(name, others, 'model');
}

/** Why `name` cannot name field `fieldId` of `model` (undefined when it can). */
export function fieldNameProblem(model: EntityModel, fieldId: string | undefined, name: string): string | undefined {
  const others = model.fields.flatMap((field) => (field.id === fieldId ? [] : [field.name]));
  // The same noun as checkSnapshot's, so the editor and a rejected file say the same thing.
  return nameProblem(name, others, 'field of this model');
}

/** `${prefix}${n}` for the first n from `start` that `isFree` accepts: Model3, field2, value1. */
export function firstFreeName(prefix: string, start: number, isFree: (name: string) => boolean): string {
  for (let n = start; ; n++) if (isFree(`${prefix}${n}`)) return `${prefix}${n}`;
}
