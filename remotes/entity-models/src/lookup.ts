import { type EntityModel, type EntityModelsSection, entityById, type ModelField } from '@psb/contracts';

/** A field with its model and position, or undefined when either is missing. */
export function fieldById(
  section: EntityModelsSection,
  modelId: string,
  fieldId: string,
): { model: EntityModel; field: ModelField; index: number } | undefined {
  const model = entityById(section, modelId);
  const index = model ? model.fields.findIndex((field) => field.id === fieldId) : -1;
  const field = model?.fields[index];
  return model && field ? { model, field, index } : undefined;
}
