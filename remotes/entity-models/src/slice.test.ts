import { checkSnapshot } from '@psb/contracts';
import { richSnapshot, roundTrip } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import { entityModelsSlice, modelAdded, modelRemoved, modelRenamed, selectSnapshot } from './slice.js';

const { reducer } = entityModelsSlice;
const valid = (section: ReturnType<typeof selectSnapshot>) => checkSnapshot({ ...richSnapshot(), entityModels: section });

describe('entity models slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().entityModels, problems: [] });
  });

  it('gives back the section it was hydrated with, as the same object while nothing changes', () => {
    const section = richSnapshot().entityModels;
    const state = reducer(undefined, domain.hydrateFromSnapshot(section));
    expect(selectSnapshot(state)).toEqual(section);
    expect(selectSnapshot(state)).toBe(selectSnapshot(state));
  });

  it('adds models under free names, renames and deletes them, staying valid', () => {
    let state = reducer(reducer(undefined, modelAdded()), modelAdded());
    const [first, second] = state.ids as [string, string];
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['Model1', 'Model2']);
    state = reducer(state, modelRenamed({ id: first, name: 'Customer' }));
    state = reducer(state, modelRenamed({ id: second, name: 'Customer' }));
    state = reducer(state, modelRenamed({ id: second, name: 'has space' }));
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['Customer', 'Model2']);
    expect(valid(selectSnapshot(state))).toEqual([]);
    state = reducer(state, modelRemoved(first));
    expect(state.ids).toEqual([second]);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });
});
