import { freeze } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import { applyPatches } from './applyPatches.js';
import { diffStates } from './diffStates.js';

const tree = (n: number) =>
  freeze(
    {
      selectedId: 'n1' as string | null,
      rootIds: ['n0'],
      nodes: Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, { id: `n${i}`, props: { text: `t${i}` } }])),
    },
    true,
  );

describe('diffStates', () => {
  it('turns one edited node of a large tree into a patch of that field, and back', () => {
    const before = tree(10_000);
    const after = { ...before, nodes: { ...before.nodes, n5: { id: 'n5', props: { text: 'edited' } } } };
    const { forward, inverse } = diffStates(before, after);
    expect(forward).toEqual([{ op: 'replace', path: ['nodes', 'n5', 'props', 'text'], value: 'edited' }]);
    expect(applyPatches(before, forward)).toEqual(after);
    expect(applyPatches(after, inverse)).toEqual(before);
  });

  it('records added and removed entries, arrays and the selection, so that both directions give the states back', () => {
    const before = tree(5);
    const { n3: _gone, ...kept } = before.nodes;
    const after = {
      ...before,
      selectedId: null,
      rootIds: ['n0', 'n9'],
      nodes: { ...kept, n9: { id: 'n9', props: { text: 'new' } } },
    };
    const { forward, inverse } = diffStates(before, after);
    expect(applyPatches(before, forward)).toEqual(after);
    expect(applyPatches(after, inverse)).toEqual(before);
  });

  it('applies over later changes it did not make: a selection made after the step stays', () => {
    const before = tree(5);
    const after = { ...before, nodes: { ...before.nodes, n2: { id: 'n2', props: { text: 'x' } } } };
    const { inverse } = diffStates(before, after);
    const undone = applyPatches({ ...after, selectedId: 'n4' }, inverse);
    expect(undone.nodes.n2).toEqual(before.nodes.n2);
    expect(undone.selectedId).toBe('n4');
  });

  it('copies only what a patch touches, once, and leaves the result frozen like the store’s states', () => {
    const before = tree(1000);
    const patched = applyPatches(before, [
      { op: 'remove', path: ['nodes', 'n1'] },
      { op: 'remove', path: ['nodes', 'n2'] },
      { op: 'replace', path: ['selectedId'], value: null },
    ]);
    expect(Object.keys(patched.nodes)).toHaveLength(998);
    expect(patched.nodes.n3).toBe(before.nodes.n3);
    expect(patched.rootIds).toBe(before.rootIds);
    expect(Object.isFrozen(patched) && Object.isFrozen(patched.nodes)).toBe(true);
    expect(Object.keys(before.nodes)).toHaveLength(1000);
  });

  it('keeps each record’s keys right through patches that add and remove entries, one after another', () => {
    const text = (id: string, value: string) => ({ op: 'replace' as const, path: ['nodes', id, 'props', 'text'], value });
    const removed = applyPatches(tree(4), [{ op: 'remove', path: ['nodes', 'n1'] }]);
    const edited = applyPatches(removed, [text('n2', 'a')]);
    expect(Object.keys(edited.nodes)).toEqual(['n0', 'n2', 'n3']);
    const added = applyPatches(edited, [{ op: 'add', path: ['nodes', 'n9'], value: { id: 'n9', props: { text: 'new' } } }]);
    const again = applyPatches(added, [text('n0', 'b')]);
    expect(Object.keys(again.nodes)).toEqual(['n0', 'n2', 'n3', 'n9']);
    const { forward, inverse } = diffStates(tree(4), again);
    expect(applyPatches(tree(4), forward)).toEqual(again);
    expect(applyPatches(again, inverse)).toEqual(tree(4));
  });

  it('refuses a patch whose path the state no longer has, changing nothing', () => {
    const before = tree(3);
    expect(() => applyPatches(before, [{ op: 'replace', path: ['missing', 'x'], value: 1 }])).toThrow('/missing');
    expect(before).toEqual(tree(3));
  });
});
