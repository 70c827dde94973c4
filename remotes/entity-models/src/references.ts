import { type EntityModel, type EntityModelsSection, entityById } from '@psb/contracts';

/** A reference field of one model that points at another. */
export interface Referrer {
  modelName: string;
  fieldName: string;
}

/** The reference fields of other models that point at `modelId`: what deleting it would leave dangling. */
export function referrersOf(section: EntityModelsSection, modelId: string): Referrer[] {
  return section.ids.flatMap((id) => {
    const model = section.entities[id];
    if (!model || id === modelId) return [];
    return model.fields.flatMap((field) =>
      field.type === 'reference' && field.modelId === modelId ? [{ modelName: model.name, fieldName: field.name }] : [],
    );
  });
}

/** The models a field of `modelId` may point at: every other one, in order. */
export function referenceTargets(section: EntityModelsSection, modelId: string): EntityModel[] {
  return section.ids.flatMap((id) => {
    const model = section.entities[id];
    return model && id !== modelId ? [model] : [];
  });
}

/** Whether a field of `modelId` has another model to point at; stops at the first, so a row's cost stays constant. */
export function hasOtherModel(section: EntityModelsSection, modelId: string): boolean {
  return section.ids.some((id) => id !== modelId);
}

/** A reference whose model was deleted: kept as it is, shown as dangling until it is re-pointed. */
export function isDangling(section: EntityModelsSection, targetId: string): boolean {
  return entityById(section, targetId) === undefined;
}
