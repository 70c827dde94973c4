import {
  emptyVariables,
  entityById,
  entityNameProblem,
  firstFreeName,
  isFreeId,
  VARIABLE_TYPES,
  type Variable,
  type VariablesSection,
  type VariableType,
} from '@psb/contracts';
import { createEntityAdapter, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import { convertValue, isValueFor } from './values.js';

export const KEY = 'variables';

const adapter = createEntityAdapter<Variable>();
export type VariablesState = VariablesSection;

/** Why `name` cannot be the name of variable `id` (undefined when it can). */
export function nameProblem(state: VariablesState, id: string | undefined, name: string): string | undefined {
  return entityNameProblem(state, id, name, 'variable');
}

/** `variable1`, `variable2`, …: the first free one. */
const freeName = (state: VariablesState): string =>
  firstFreeName('variable', state.ids.length + 1, (name) => !nameProblem(state, undefined, name));

/*
 * Every reducer ignores a change that would make the section invalid (unknown id, taken or malformed name,
 * value of the wrong type): the editor explains why before it dispatches, and the store stays saveable regardless.
 */
export const variablesSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: emptyVariables() as VariablesState,
  reducers: {
    hydrated: (_state, { payload }: PayloadAction<VariablesSection>) => payload,
    /** A string variable under the first free name; the id is made in the action so the editor can select it. */
    variableAdded: {
      reducer(state, { payload }: PayloadAction<{ id: string }>) {
        if (!isFreeId(state, payload.id)) return;
        adapter.addOne(state, { id: payload.id, name: freeName(state), type: 'string', defaultValue: '' });
      },
      prepare: () => ({ payload: { id: nanoid() } }),
    },
    variableRenamed(state, { payload }: PayloadAction<{ id: string; name: string }>) {
      const variable = entityById(state, payload.id);
      if (variable && !nameProblem(state, payload.id, payload.name)) variable.name = payload.name;
    },
    variableRemoved(state, { payload }: PayloadAction<string>) {
      if (!entityById(state, payload)) return;
      adapter.removeOne(state, payload);
      if (state.values) delete state.values[payload];
    },
    /** Carries the default and any run-time value over to the new type (see convertValue). */
    variableTypeChanged(state, { payload }: PayloadAction<{ id: string; type: VariableType }>) {
      const variable = entityById(state, payload.id);
      if (!variable || variable.type === payload.type || !VARIABLE_TYPES.includes(payload.type)) return;
      variable.type = payload.type;
      variable.defaultValue = convertValue(variable.defaultValue, payload.type);
      if (state.values && Object.hasOwn(state.values, payload.id)) {
        state.values[payload.id] = convertValue(state.values[payload.id], payload.type);
      }
    },
    defaultValueChanged(state, { payload }: PayloadAction<{ id: string; value: unknown }>) {
      const variable = entityById(state, payload.id);
      if (variable && isValueFor(variable.type, payload.value)) variable.defaultValue = payload.value;
    },
    /** Sets the run-time value the preview starts from instead of the default. */
    valueChanged(state, { payload }: PayloadAction<{ id: string; value: unknown }>) {
      const variable = entityById(state, payload.id);
      if (!variable || !isValueFor(variable.type, payload.value)) return;
      state.values ??= {};
      state.values[payload.id] = payload.value;
    },
    /** Back to the default: the variable has no run-time value any more. */
    valueCleared(state, { payload }: PayloadAction<string>) {
      if (state.values && Object.hasOwn(state.values, payload)) delete state.values[payload];
    },
  },
});

export const {
  hydrated,
  variableAdded,
  variableRenamed,
  variableRemoved,
  variableTypeChanged,
  defaultValueChanged,
  valueChanged,
  valueCleared,
} = variablesSlice.actions;
export const selectVariables = adapter.getSelectors(variablesSlice.selectSlice).selectAll;

/** The run-time value of variable `id`, boxed so that "none" differs from any value. */
export const runtimeValueOf = (values: VariablesState['values'], id: string): { value: unknown } | undefined =>
  values && Object.hasOwn(values, id) ? { value: values[id] } : undefined;

/** The state is the section itself, so saving returns it as is: pure, and the same object while nothing changed. */
export const selectSnapshot = (state: VariablesState): VariablesSection => state;
