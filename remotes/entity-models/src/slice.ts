import { type EntityModel, type EntityModelsSection, emptyEntityModels, IDENTIFIER_PATTERN } from '@psb/contracts';
import { createEntityAdapter, createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';

export const KEY = 'entityModels';

const adapter = createEntityAdapter<EntityModel>();
export type EntityModelsState = EntityModelsSection;

const identifier = new RegExp(IDENTIFIER_PATTERN);

/** Why `name` cannot name model `id` (undefined when it can): an identifier, unique among models. */
export function modelNameProblem(state: EntityModelsState, id: string | undefined, name: string): string | undefined {
  if (!identifier.test(name)) return 'Use letters, digits, _ or $, not starting with a digit.';
  const taken = state.ids.some((other) => other !== id && state.entities[other]?.name === name);
  return taken ? `Another model is already named "${name}".` : undefined;
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
