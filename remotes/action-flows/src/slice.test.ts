import { checkSnapshot } from '@psb/contracts';
import { richSnapshot, roundTrip } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import { actionFlowsSlice, flowAdded, flowRemoved, flowRenamed, selectSnapshot } from './slice.js';

const { reducer } = actionFlowsSlice;
const valid = (section: ReturnType<typeof selectSnapshot>) => checkSnapshot({ ...richSnapshot(), actionFlows: section });

describe('action flows slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().actionFlows, problems: [] });
  });

  it('gives back the section it was hydrated with, as the same object while nothing changes', () => {
    const section = richSnapshot().actionFlows;
    const state = reducer(undefined, domain.hydrateFromSnapshot(section));
    expect(selectSnapshot(state)).toEqual(section);
    expect(selectSnapshot(state)).toBe(selectSnapshot(state));
    expect(selectSnapshot(reducer(state, { type: 'unrelated' }))).toBe(selectSnapshot(state));
  });

  it('adds, renames and deletes flows, staying valid', () => {
    let state = reducer(undefined, flowAdded());
    const [id] = state.ids as [string];
    expect(state.entities[id]?.name).toBe('Flow 1');
    state = reducer(state, flowRenamed({ id, name: 'Increment' }));
    state = reducer(state, flowRenamed({ id, name: '   ' }));
    expect(state.entities[id]?.name).toBe('Increment');
    expect(valid(selectSnapshot(state))).toEqual([]);
    state = reducer(state, flowRemoved(id));
    expect(selectSnapshot(state)).toEqual({ flows: {}, bindings: [] });
  });

  it('takes the bindings of a deleted flow along, so the section stays valid', () => {
    let state = reducer(undefined, domain.hydrateFromSnapshot(richSnapshot().actionFlows));
    state = reducer(state, flowRemoved('flow-greet'));
    expect(state.bindings).toEqual([]);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });
});
