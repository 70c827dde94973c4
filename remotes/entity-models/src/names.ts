import { type EntityModel, type EntityModelsSection, entityNameProblem, nameProblem } from '@psb/contracts';

/** Why `name` cannot name model `id` (undefined when it can). */
export function modelNameProblem(section: EntityModelsSection, id: string | undefined, name: string): string | undefined {
  return entityNameProblem(section, id, name, 'model');
}

/** Why `name` cannot name field `fieldId` of `model` (undefined when it can). */
export function fieldNameProblem(model: EntityModel, fieldId: string | undefined, name: string): string | undefined {
  const others = model.fields.flatMap((field) => (field.id === fieldId ? [] : [field.name]));
  // The same noun as checkSnapshot's, so the editor and a rejected file say the same thing.
  return nameProblem(name, others, 'field of this model');
}
