import type { Binding, Flow } from '@psb/contracts';
import { createSelector } from '@reduxjs/toolkit';
import { shallowEqual } from 'react-redux';
import { type ActionFlowsState, actionFlowsSlice } from './slice.js';

/**
 * Selectors that let each row read its own record: a key press in one flow or binding changes that record, and
 * only the rows reading it re-render; lists read ids, which an edit leaves as they are.
 */
export type FlowsRootState = { actionFlows: ActionFlowsState };

const selectState = (state: FlowsRootState) => actionFlowsSlice.selectSlice(state);

export const selectFlowIds = (state: FlowsRootState) => selectState(state).ids as string[];
export const selectFlowById = (state: FlowsRootState, id: string): Flow | undefined =>
  Object.hasOwn(selectState(state).entities, id) ? selectState(state).entities[id] : undefined;
export const selectSelectedFlowId = (state: FlowsRootState) => selectState(state).selectedFlowId;

const selectBindings = (state: FlowsRootState) => selectState(state).bindings;

/** The bindings' ids: rebuilt when the bindings change, and then the same array while the ids are the same. */
export const selectBindingIds = createSelector([selectBindings], (bindings) => bindings.map((b) => b.id), {
  memoizeOptions: { resultEqualityCheck: shallowEqual },
});

/** Bindings by id, built once per change of the bindings, not once per row. */
const selectBindingsById = createSelector([selectBindings], (bindings) => new Map(bindings.map((b) => [b.id, b])));
export const selectBindingById = (state: FlowsRootState, id: string): Binding | undefined => selectBindingsById(state).get(id);

/** The flows whose name contains `query` (any case), in their order; all of them, as the same array, for no query. */
export function flowIdsMatching(query: string) {
  const needle = query.trim().toLowerCase();
  if (needle === '') return selectFlowIds;
  return createSelector(
    [selectFlowIds, (state: FlowsRootState) => selectState(state).entities],
    (ids, flows) => ids.filter((id) => flows[id]?.name.toLowerCase().includes(needle)),
    { memoizeOptions: { resultEqualityCheck: shallowEqual } },
  );
}
