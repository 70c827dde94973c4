import { emptyVariables, nameProblem as ruleProblem, type Variable, type VariablesSection } from '@psb/contracts';
import { createEntityAdapter, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';

export const KEY = 'variables';

const adapter = createEntityAdapter<Variable>();
export type VariablesState = VariablesSection;

/** Why `name` cannot be the name of variable `id` (undefined when it can). */
export function nameProblem(state: VariablesState, id: string | undefined, name: string): string | undefined {
  const others = state.ids.flatMap((other) => (other === id ? [] : [state.entities[other]?.name ?? '']));
  return ruleProblem(name, others, 'variable');
}

/** `variable1`, `variable2`, …: the first free one. */
function freeName(state: VariablesState): string {
  for (let n = state.ids.length + 1; ; n++) if (!nameProblem(state, undefined, `variable${n}`)) return `variable${n}`;
}

export const variablesSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: emptyVariables() as VariablesState,
  reducers: {
    hydrated: (_state, { payload }: PayloadAction<VariablesSection>) => payload,
    variableAdded: {
      reducer(state, { payload }: PayloadAction<{ id: string }>) {
        adapter.addOne(state, { id: payload.id, name: freeName(state), type: 'string', defaultValue: '' });
      },
      prepare: () => ({ payload: { id: nanoid() } }),
    },
    /** Ignored when the name is not allowed: the editor explains why before it dispatches. */
    variableRenamed(state, { payload }: PayloadAction<{ id: string; name: string }>) {
      if (nameProblem(state, payload.id, payload.name)) return;
      adapter.updateOne(state, { id: payload.id, changes: { name: payload.name } });
    },
    variableRemoved(state, { payload }: PayloadAction<string>) {
      adapter.removeOne(state, payload);
      if (state.values) delete state.values[payload];
    },
  },
});

export const { hydrated, variableAdded, variableRenamed, variableRemoved } = variablesSlice.actions;
export const selectVariables = adapter.getSelectors(variablesSlice.selectSlice).selectAll;

/** The state is the section itself, so saving returns it as is: pure, and the same object while nothing changed. */
export const selectSnapshot = (state: VariablesState): VariablesSection => state;
