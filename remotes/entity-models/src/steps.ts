import { entityById, type StepDescription } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import { fieldById } from './lookup.js';
import { referrersOf } from './references.js';
import {
  type EntityModelsState,
  enumValueAdded,
  enumValueRemoved,
  enumValueRenamed,
  type FieldRef,
  fieldAdded,
  fieldMoved,
  fieldRemoved,
  fieldRenamed,
  fieldRequiredChanged,
  fieldRetyped,
  modelAdded,
  modelRemoved,
  modelRenamed,
  referenceRetargeted,
} from './slice.js';

const modelName = (state: EntityModelsState, id: string) => entityById(state, id)?.name ?? id;
const fieldName = (state: EntityModelsState, { modelId, fieldId }: FieldRef) =>
  fieldById(state, modelId, fieldId)?.field.name ?? fieldId;
const fieldKey = ({ modelId, fieldId }: FieldRef) => `${modelId}/${fieldId}`;

/** "Deleted model Customer", and how many fields of other models it leaves pointing at nothing. */
function removedModel(state: EntityModelsState, id: string): string {
  const referrers = referrersOf(state, id).length;
  const by = referrers === 0 ? '' : `, referenced by ${referrers === 1 ? 'one field' : `${referrers} fields`}`;
  return `Deleted model ${modelName(state, id)}${by}`;
}

/**
 * The words for a change to the entity models in the host's undo history. Renames are grouped by what they rename,
 * so that retrying a name is one step.
 */
export function describeStep(
  action: UnknownAction,
  before: EntityModelsState,
  after: EntityModelsState,
): StepDescription | undefined {
  // A reducer ignores an invalid change (a taken name, an index out of range): then nothing is to be undone.
  if (before === after) return undefined;
  if (modelAdded.match(action)) return { label: 'Add model' };
  // Renames say the new name, not the old: the host keeps the label of a group's last step.
  if (modelRenamed.match(action))
    return { label: `Rename model to ${action.payload.name}`, group: `rename:${action.payload.id}` };
  if (modelRemoved.match(action)) {
    return { label: `Delete model ${modelName(before, action.payload)}`, removed: removedModel(before, action.payload) };
  }
  if (fieldAdded.match(action)) return { label: `Add field to ${modelName(after, action.payload.modelId)}` };
  if (fieldRenamed.match(action)) {
    return { label: `Rename field to ${action.payload.name}`, group: `rename:${fieldKey(action.payload)}` };
  }
  if (fieldRetyped.match(action)) return { label: `Change type of ${fieldName(after, action.payload)}` };
  if (fieldRequiredChanged.match(action)) {
    return { label: `Make ${fieldName(after, action.payload)} ${action.payload.required ? 'required' : 'optional'}` };
  }
  if (fieldMoved.match(action)) return { label: `Move field ${fieldName(after, action.payload)}` };
  if (fieldRemoved.match(action)) return { label: `Delete field ${fieldName(before, action.payload)}` };
  if (enumValueAdded.match(action)) return { label: `Add value to ${fieldName(after, action.payload)}` };
  if (enumValueRenamed.match(action)) {
    const { index, value } = action.payload;
    return { label: `Rename value to ${value}`, group: `rename:${fieldKey(action.payload)}/${index}` };
  }
  if (enumValueRemoved.match(action)) {
    const field = fieldById(before, action.payload.modelId, action.payload.fieldId)?.field;
    const value = field?.type === 'enum' ? field.values[action.payload.index] : undefined;
    return { label: value === undefined ? 'Remove value' : `Remove value ${value}` };
  }
  if (referenceRetargeted.match(action)) return { label: `Change model of ${fieldName(after, action.payload)}` };
  // `hydrated` opens a project: not an edit.
  return undefined;
}
