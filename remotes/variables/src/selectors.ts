import type { Variable } from '@psb/contracts';
import { createSelector } from '@reduxjs/toolkit';
import { shallowEqual } from 'react-redux';
import { type VariablesState, variablesSlice } from './slice.js';

/**
 * Selectors that let each row read its own variable: a key press in one variable changes that record, and only
 * what reads it re-renders; the list reads ids, which an edit leaves as they are.
 */
export type VariablesRootState = { variables: VariablesState };

const selectState = (state: VariablesRootState) => variablesSlice.selectSlice(state);

export const selectVariableIds = (state: VariablesRootState) => selectState(state).ids as string[];
export const selectVariableCount = (state: VariablesRootState) => selectState(state).ids.length;
export const selectVariableById = (state: VariablesRootState, id: string | undefined): Variable | undefined =>
  id !== undefined && Object.hasOwn(selectState(state).entities, id) ? selectState(state).entities[id] : undefined;

/** The variables whose name contains `query` (any case), in their order; all of them, as the same array, for no query. */
export function variableIdsMatching(query: string) {
  const needle = query.trim().toLowerCase();
  if (needle === '') return selectVariableIds;
  return createSelector(
    [selectVariableIds, (state: VariablesRootState) => selectState(state).entities],
    (ids, variables) => ids.filter((id) => variables[id]?.name.toLowerCase().includes(needle)),
    { memoizeOptions: { resultEqualityCheck: shallowEqual } },
  );
}
