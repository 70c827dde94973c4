import type { EntityModelsSection } from '@psb/contracts';
import { createSelector } from '@reduxjs/toolkit';
import { entityModelsSlice } from './slice.js';

type State = Parameters<typeof entityModelsSlice.selectSlice>[0];

const bySearch = (query: string) => query.trim().toLowerCase();

/** The model ids whose name contains `query` (any case); all of them, the same array, while the query is empty. */
export function modelIdsMatching(query: string) {
  const wanted = bySearch(query);
  return createSelector([(state: State) => entityModelsSlice.selectSlice(state)], (section: EntityModelsSection): string[] =>
    wanted === '' ? section.ids : section.ids.filter((id) => section.entities[id]?.name.toLowerCase().includes(wanted)),
  );
}

/** True when a field's name contains `query` (any case). */
export const nameMatches = (name: string, query: string) => name.toLowerCase().includes(bySearch(query));
