import { checkSnapshot } from '@psb/contracts';
import { richSnapshot, roundTrip } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import { hydrated, selectSnapshot, variableAdded, variableRemoved, variableRenamed, variablesSlice } from './slice.js';

const { reducer } = variablesSlice;
const valid = (section: ReturnType<typeof selectSnapshot>) =>
  checkSnapshot({ ...richSnapshot(), variables: section, actionFlows: { flows: {}, bindings: [] } });

describe('variables slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().variables, problems: [] });
  });

  it('gives back the section it was hydrated with, as the same object while nothing changes', () => {
    const section = richSnapshot().variables;
    const state = reducer(undefined, domain.hydrateFromSnapshot(section));
    expect(selectSnapshot(state)).toEqual(section);
    expect(selectSnapshot(state)).toBe(selectSnapshot(state));
  });

  it('adds variables under free names, renames and deletes them, staying valid', () => {
    let state = reducer(undefined, variableAdded());
    state = reducer(state, variableAdded());
    const [first, second] = state.ids as [string, string];
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['variable1', 'variable2']);

    state = reducer(state, variableRenamed({ id: first, name: 'userName' }));
    expect(state.entities[first]?.name).toBe('userName');
    state = reducer(state, variableRenamed({ id: second, name: 'userName' }));
    state = reducer(state, variableRenamed({ id: second, name: '2fast' }));
    expect(state.entities[second]?.name).toBe('variable2');
    expect(valid(selectSnapshot(state))).toEqual([]);

    state = reducer(state, variableRemoved(first));
    expect(state.ids).toEqual([second]);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('drops the run-time value of a deleted variable', () => {
    let state = reducer(undefined, hydrated(richSnapshot().variables));
    state = reducer(state, variableRemoved('v-count'));
    expect(state.values).toEqual({});
    expect(valid(selectSnapshot(state))).toEqual([]);
  });
});
