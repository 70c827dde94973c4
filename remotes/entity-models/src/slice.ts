import { type EntityModel, type EntityModelsSection, emptyEntityModels, nameProblem } from '@psb/contracts';
import { createEntityAdapter, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';

export const KEY = 'entityModels';

const adapter = createEntityAdapter<EntityModel>();
export type EntityModelsState = EntityModelsSection;

/** Why `name` cannot name model `id` (undefined when it can). */
export function modelNameProblem(state: EntityModelsState, id: string | undefined, name: string): string | undefined {
  const others = state.ids.flatMap((other) => (other === id ? [] : [state.entities[other]?.name ?? '']));
  return nameProblem(name, others, 'model');
}

export const entityModelsSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: emptyEntityModels() as EntityModelsState,
  reducers: {
    hydrated: (_state, { payload }: PayloadAction<EntityModelsSection>) => payload,
    modelAdded: {
      reducer(state, { payload }: PayloadAction<{ id: string }>) {
        let n = state.ids.length + 1;
        while (modelNameProblem(state, undefined, `Model${n}`)) n++;
        adapter.addOne(state, { id: payload.id, name: `Model${n}`, fields: [] });
      },
      prepare: () => ({ payload: { id: nanoid() } }),
    },
    modelRenamed(state, { payload }: PayloadAction<{ id: string; name: string }>) {
      if (modelNameProblem(state, payload.id, payload.name)) return;
      adapter.updateOne(state, { id: payload.id, changes: { name: payload.name } });
    },
    modelRemoved: adapter.removeOne,
  },
});

export const { hydrated, modelAdded, modelRenamed, modelRemoved } = entityModelsSlice.actions;
export const selectModels = adapter.getSelectors(entityModelsSlice.selectSlice).selectAll;

/** The state is the section itself: saving returns it as is. */
export const selectSnapshot = (state: EntityModelsState): EntityModelsSection => state;
