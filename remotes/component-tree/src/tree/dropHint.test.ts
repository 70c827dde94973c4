import { treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from '../domain.js';
import { type ComponentTreeState, componentTreeSlice } from '../slice.js';
import { dropHint, whereOnRow } from './dropHint.js';

const state = componentTreeSlice.reducer(
  undefined,
  domain.hydrateFromSnapshot(treeForEditor(richSnapshot().componentTree)),
) as ComponentTreeState;

describe('the drop hint of a dragged row', () => {
  it('lands before a row near its top, after it near its bottom, and inside it in the middle', () => {
    expect([0, 0.29, 0.3, 0.5, 0.7, 0.71, 1].map(whereOnRow)).toEqual([
      'before',
      'before',
      'inside',
      'inside',
      'inside',
      'after',
      'after',
    ]);
  });

  it('shows where the drop puts it, and refuses where the drop would be refused', () => {
    // The footer (a Text) dragged over the page's Container and over the Button inside it.
    expect(dropHint(state, 'footer', 'page', 'inside')).toBe('inside');
    expect(dropHint(state, 'footer', 'greet', 'before')).toBe('before');
    expect(dropHint(state, 'footer', 'greet', 'inside')).toBe('refused');
    // A container into its own child, and a row onto itself.
    expect(dropHint(state, 'page', 'title', 'after')).toBe('refused');
    expect(dropHint(state, 'page', 'page', 'inside')).toBe('refused');
  });
});
