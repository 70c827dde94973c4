import { checkSnapshot } from '@psb/contracts';
import { richSnapshot, roundTrip } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import { componentTreeSlice, nodeAdded, nodeRemoved, nodeRenamed, selectSnapshot } from './slice.js';

const { reducer } = componentTreeSlice;
const valid = (section: ReturnType<typeof selectSnapshot>) =>
  checkSnapshot({ ...richSnapshot(), componentTree: section, actionFlows: { flows: {}, bindings: [] }, ui: {} });

describe('component tree slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().componentTree, problems: [] });
  });

  it('gives back the section it was hydrated with, as the same object while nothing changes', () => {
    const section = richSnapshot().componentTree;
    const state = reducer(undefined, domain.hydrateFromSnapshot(section));
    expect(selectSnapshot(state)).toEqual(section);
    expect(selectSnapshot(state)).toBe(selectSnapshot(state));
  });

  it('adds roots and children, renames and deletes whole subtrees, staying valid', () => {
    let state = reducer(undefined, nodeAdded('Container'));
    const [root] = state.rootIds as [string];
    state = reducer(state, nodeAdded('Text', root));
    state = reducer(state, nodeAdded('Button', root));
    const [text, button] = (state.nodes[root]?.children ?? []) as [string, string];
    state = reducer(state, nodeAdded('Text', text));
    expect(valid(selectSnapshot(state))).toEqual([]);

    state = reducer(state, nodeRenamed({ id: root, name: '  Header  ' }));
    expect(state.nodes[root]?.name).toBe('Header');
    state = reducer(state, nodeRenamed({ id: root, name: '' }));
    expect(state.nodes[root]?.name).toBeUndefined();

    state = reducer(state, nodeRemoved(text));
    expect(Object.keys(state.nodes).sort()).toEqual([button, root].sort());
    expect(state.nodes[root]?.children).toEqual([button]);
    expect(valid(selectSnapshot(state))).toEqual([]);

    state = reducer(state, nodeRemoved(root));
    expect(selectSnapshot(state)).toEqual({ nodes: {}, rootIds: [] });
  });

  it('ignores a child added under a node that does not exist', () => {
    const state = reducer(undefined, nodeAdded('Text', 'ghost'));
    expect(selectSnapshot(state)).toEqual({ nodes: {}, rootIds: [] });
  });
});
