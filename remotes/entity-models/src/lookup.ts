import type { EntityModel, EntityModelsSection, ModelField } from '@psb/contracts';

/** The model with this id; own keys only, so ids like "constructor" find nothing. */
export function modelById(section: EntityModelsSection, id: string): EntityModel | undefined {
  return Object.hasOwn(section.entities, id) ? section.entities[id] : undefined;
}

/** A field with its model and position, or undefined when either is missing. */
export function fieldById(
  section: EntityModelsSection,
  modelId: string,
  fieldId: string,
): { model: EntityModel; field: ModelField; index: number } | undefined {
  const model = modelById(section, modelId);
  const index = model ? model.fields.findIndex((field) => field.id === fieldId) : -1;
  const field = model?.fields[index];
  return model && field ? { model, field, index } : undefined;
}
