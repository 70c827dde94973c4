import {
  type EntityModel,
  type EntityModelsSection,
  emptyEntityModels,
  entityById,
  firstFreeName,
  isFreeId,
  isWellFormedId,
} from '@psb/contracts';
import { createEntityAdapter, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import { enumValueProblem, freeEnumValue } from './enumValues.js';
import { isFieldType, retyped } from './fieldTypes.js';
import { fieldById } from './lookup.js';
import { fieldNameProblem, modelNameProblem } from './names.js';
import { referenceTargets } from './references.js';

export const KEY = 'entityModels';

const adapter = createEntityAdapter<EntityModel>();
export type EntityModelsState = EntityModelsSection;

const isIndexIn = (items: readonly unknown[], index: number) => Number.isInteger(index) && index >= 0 && index < items.length;

/** Which field an action is about. */
export interface FieldRef {
  modelId: string;
  fieldId: string;
}

/*
 * Every reducer ignores a change that would make the section invalid for checkSnapshot (a bad name, a missing
 * model or field, an index out of range): the editor explains the problem before it dispatches.
 */
export const entityModelsSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: emptyEntityModels() as EntityModelsState,
  reducers: {
    hydrated: (_state, { payload }: PayloadAction<EntityModelsSection>) => payload,

    modelAdded: {
      reducer(state, { payload }: PayloadAction<{ id: string }>) {
        if (!isFreeId(state, payload.id)) return;
        const name = firstFreeName('Model', state.ids.length + 1, (n) => !modelNameProblem(state, undefined, n));
        adapter.addOne(state, { id: payload.id, name, fields: [] });
      },
      prepare: () => ({ payload: { id: nanoid() } }),
    },
    modelRenamed(state, { payload }: PayloadAction<{ id: string; name: string }>) {
      if (!entityById(state, payload.id) || modelNameProblem(state, payload.id, payload.name)) return;
      adapter.updateOne(state, { id: payload.id, changes: { name: payload.name } });
    },
    /** References to it from other models stay as they are, dangling: the editor shows them to be re-pointed. */
    modelRemoved(state, { payload }: PayloadAction<string>) {
      if (entityById(state, payload)) adapter.removeOne(state, payload);
    },

    fieldAdded: {
      reducer(state, { payload }: PayloadAction<FieldRef>) {
        const model = entityById(state, payload.modelId);
        if (!model || !isWellFormedId(payload.fieldId) || model.fields.some((f) => f.id === payload.fieldId)) return;
        const name = firstFreeName('field', model.fields.length + 1, (n) => !fieldNameProblem(model, undefined, n));
        model.fields.push({ id: payload.fieldId, name, type: 'string', required: false });
      },
      prepare: (modelId: string) => ({ payload: { modelId, fieldId: nanoid() } }),
    },
    fieldRenamed(state, { payload }: PayloadAction<FieldRef & { name: string }>) {
      const found = fieldById(state, payload.modelId, payload.fieldId);
      if (!found || fieldNameProblem(found.model, payload.fieldId, payload.name)) return;
      found.field.name = payload.name;
    },
    /** To an enum: one value to start with. To a reference: the first other model, and ignored when there is none. */
    fieldRetyped(state, { payload }: PayloadAction<FieldRef & { type: string }>) {
      const found = fieldById(state, payload.modelId, payload.fieldId);
      if (!found || !isFieldType(payload.type) || found.field.type === payload.type) return;
      const target = referenceTargets(state, payload.modelId)[0]?.id;
      const field = retyped(found.field, payload.type, target);
      if (field) found.model.fields[found.index] = field;
    },
    fieldRequiredChanged(state, { payload }: PayloadAction<FieldRef & { required: boolean }>) {
      const found = fieldById(state, payload.modelId, payload.fieldId);
      if (found && typeof payload.required === 'boolean') found.field.required = payload.required;
    },
    /** Moves the field to position `toIndex` of its model's fields. */
    fieldMoved(state, { payload }: PayloadAction<FieldRef & { toIndex: number }>) {
      const found = fieldById(state, payload.modelId, payload.fieldId);
      if (!found || found.index === payload.toIndex || !isIndexIn(found.model.fields, payload.toIndex)) return;
      found.model.fields.splice(found.index, 1);
      found.model.fields.splice(payload.toIndex, 0, found.field);
    },
    fieldRemoved(state, { payload }: PayloadAction<FieldRef>) {
      const found = fieldById(state, payload.modelId, payload.fieldId);
      if (found) found.model.fields.splice(found.index, 1);
    },

    enumValueAdded(state, { payload }: PayloadAction<FieldRef>) {
      const field = fieldById(state, payload.modelId, payload.fieldId)?.field;
      if (field?.type === 'enum') field.values.push(freeEnumValue(field.values));
    },
    enumValueRenamed(state, { payload }: PayloadAction<FieldRef & { index: number; value: string }>) {
      const field = fieldById(state, payload.modelId, payload.fieldId)?.field;
      if (field?.type !== 'enum' || !isIndexIn(field.values, payload.index)) return;
      if (typeof payload.value !== 'string' || enumValueProblem(field.values, payload.index, payload.value)) return;
      field.values[payload.index] = payload.value;
    },
    /** An enum keeps at least one value. */
    enumValueRemoved(state, { payload }: PayloadAction<FieldRef & { index: number }>) {
      const field = fieldById(state, payload.modelId, payload.fieldId)?.field;
      if (field?.type !== 'enum' || field.values.length <= 1 || !isIndexIn(field.values, payload.index)) return;
      field.values.splice(payload.index, 1);
    },

    /** Points a reference field at another existing model; also how a dangling reference is repaired. */
    referenceRetargeted(state, { payload }: PayloadAction<FieldRef & { targetId: string }>) {
      const field = fieldById(state, payload.modelId, payload.fieldId)?.field;
      if (field?.type !== 'reference' || payload.targetId === payload.modelId || !entityById(state, payload.targetId)) return;
      field.modelId = payload.targetId;
    },
  },
});

export const {
  hydrated,
  modelAdded,
  modelRenamed,
  modelRemoved,
  fieldAdded,
  fieldRenamed,
  fieldRetyped,
  fieldRequiredChanged,
  fieldMoved,
  fieldRemoved,
  enumValueAdded,
  enumValueRenamed,
  enumValueRemoved,
  referenceRetargeted,
} = entityModelsSlice.actions;
export const { selectAll: selectModels, selectIds: selectModelIds } = adapter.getSelectors(entityModelsSlice.selectSlice);

/** The state is the section itself, so saving returns it as is: pure, and the same object while nothing changed. */
export const selectSnapshot = (state: EntityModelsState): EntityModelsSection => state;
