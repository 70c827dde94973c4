import { nodesPasted, nodesRemoved, treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import type { UnknownAction } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import { componentTreeSlice, nodeAdded, nodeMoved, nodeRenamed, propChanged, propCleared, selected, toggled } from './slice.js';
import { describeStep } from './steps.js';

const { reducer } = componentTreeSlice;
// The fixture's tree, with its heading named as a person would: "Heading".
const start = reducer(
  reducer(undefined, domain.hydrateFromSnapshot(treeForEditor(richSnapshot().componentTree), { selectedNodeId: 'page' })),
  nodeRenamed({ id: 'title', name: 'Heading' }),
);
/** The words for an action taken on the fixture, as the host asks for them: with the states around it. */
const stepOf = (action: UnknownAction, before = start) => describeStep(action, before, reducer(before, action));

describe('the component tree names its steps', () => {
  it('names adds, renames, moves and duplicates by the component as the tree shows it', () => {
    expect(stepOf(nodeAdded('Button'))).toEqual({ label: 'Add Button' });
    expect(stepOf(nodeRenamed({ id: 'greet', name: 'Submit' }))).toEqual({ label: 'Rename Button', group: 'rename:greet' });
    expect(stepOf(nodeMoved({ id: 'title', to: { parentId: null, index: 0 } }))).toEqual({ label: 'Move Heading' });
    expect(stepOf(componentTreeSlice.actions.nodeDuplicated('page', 3))).toEqual({ label: 'Duplicate Container' });
  });

  it('names a prop as the inspector labels it, and groups a burst of typing in one field', () => {
    const change = stepOf(propChanged({ id: 'title', prop: 'content', value: 'Welcome' }));
    expect(change).toEqual({ label: 'Change content of Heading', group: 'prop:title:content' });
    expect(stepOf(propChanged({ id: 'greet', prop: 'label', value: 'Go' }))?.group).not.toBe(change?.group);
    expect(stepOf(propChanged({ id: 'title', prop: 'variant', value: 'body' }))?.label).toBe('Change variant of Heading');
    // Typing the field empty clears it, in the same burst.
    expect(stepOf(propChanged({ id: 'title', prop: 'content', value: '' }))).toEqual({
      label: 'Clear content of Heading',
      group: 'prop:title:content',
    });
    expect(stepOf(propCleared({ id: 'title', prop: 'content' }))?.label).toBe('Clear content of Heading');
  });

  it('names a delete with what went with it, and tells of it when it took more than one row', () => {
    expect(stepOf(nodesRemoved({ ids: ['page', 'title', 'greet'] }))).toEqual({
      label: 'Delete Container and 2 children',
      removed: 'Deleted Container and 2 children',
    });
    expect(stepOf(nodesRemoved({ ids: ['greet'] }))).toEqual({ label: 'Delete Button' });
    expect(stepOf(nodesRemoved({ ids: ['page', 'title', 'greet'], reason: 'cut' }))).toEqual({ label: 'Cut Container' });
  });

  it('names a paste by the pasted component', () => {
    const copy = { id: 'copy', type: 'Button', name: 'Submit', props: {}, children: [], parentId: null };
    const paste = nodesPasted({ nodes: { copy }, rootId: 'copy', place: { parentId: null, index: 2 }, bindings: [] });
    expect(stepOf(paste)).toEqual({ label: 'Paste Submit' });
  });

  it('makes no step of selecting, collapsing or loading', () => {
    expect(stepOf(selected('greet'))).toBeUndefined();
    expect(stepOf(toggled({ id: 'page', expanded: false }))).toBeUndefined();
    expect(stepOf(domain.hydrateFromSnapshot(treeForEditor(richSnapshot().componentTree)))).toBeUndefined();
  });

  it('is the domain module’s', () => {
    expect(domain.describeStep).toBe(describeStep);
  });
});
