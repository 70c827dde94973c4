import { type ActionFlowsSection, type Binding, emptyActionFlows, type Flow } from '@psb/contracts';
import { createEntityAdapter, createSelector, createSlice, type EntityState, nanoid, type PayloadAction } from '@reduxjs/toolkit';

export const KEY = 'actionFlows';

const adapter = createEntityAdapter<Flow>();
/** Flows as entity state (ordered, looked up by id); the section stores them as a map. */
export type ActionFlowsState = EntityState<Flow, string> & { bindings: Binding[] };

const fromSection = (section: ActionFlowsSection): ActionFlowsState => ({
  ids: Object.keys(section.flows),
  entities: section.flows,
  bindings: section.bindings,
});

export const actionFlowsSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: fromSection(emptyActionFlows()),
  reducers: {
    hydrated: (_state: ActionFlowsState, { payload }: PayloadAction<ActionFlowsSection>): ActionFlowsState =>
      fromSection(payload),
    flowAdded: {
      reducer(state: ActionFlowsState, { payload }: PayloadAction<{ id: string }>) {
        adapter.addOne(state, { id: payload.id, name: `Flow ${state.ids.length + 1}`, steps: [] });
      },
      prepare: () => ({ payload: { id: nanoid() } }),
    },
    flowRenamed(state: ActionFlowsState, { payload }: PayloadAction<{ id: string; name: string }>) {
      if (payload.name.trim() === '' || payload.name.length > 200) return;
      adapter.updateOne(state, { id: payload.id, changes: { name: payload.name } });
    },
    /** A deleted flow takes its bindings along: a binding to nothing would run nothing. */
    flowRemoved(state: ActionFlowsState, { payload }: PayloadAction<string>) {
      adapter.removeOne(state, payload);
      state.bindings = state.bindings.filter((b) => b.flowId !== payload);
    },
  },
});

export const { hydrated, flowAdded, flowRenamed, flowRemoved } = actionFlowsSlice.actions;
export const selectFlows = adapter.getSelectors(actionFlowsSlice.selectSlice).selectAll;

/** The section to save: memoized, so an unchanged state gives the same object. */
export const selectSnapshot = createSelector(
  [(state: ActionFlowsState) => state.entities, (state: ActionFlowsState) => state.bindings],
  (flows, bindings): ActionFlowsSection => ({ flows, bindings }),
);
