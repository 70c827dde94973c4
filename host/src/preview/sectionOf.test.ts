import type { ComponentNode } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { sectionOf } from './sectionOf.js';

const nodes: Record<string, ComponentNode> = {
  page0: { id: 'page0', type: 'Container', props: {}, children: ['s0'], parentId: null },
  s0: { id: 's0', type: 'Container', props: {}, children: ['t0'], parentId: 'page0' },
  t0: { id: 't0', type: 'Text', props: {}, children: [], parentId: 's0' },
  page1: { id: 'page1', type: 'Text', props: {}, children: [], parentId: null },
};
const tree = { get: (id: string) => nodes[id] };

describe('sectionOf', () => {
  it('finds the top-level component holding a node, by its parents', () => {
    expect(sectionOf(tree, ['page0', 'page1'], 't0')).toBe(0);
    expect(sectionOf(tree, ['page0', 'page1'], 'page1')).toBe(1);
  });

  it('gives none for no node, a node that is gone, or one under no listed root', () => {
    expect(sectionOf(tree, ['page0', 'page1'], undefined)).toBeUndefined();
    expect(sectionOf(tree, ['page0', 'page1'], 'gone')).toBeUndefined();
    expect(sectionOf(tree, ['page1'], 't0')).toBeUndefined();
  });

  it('finds the child of a given parent holding a node, for a page kept inside one container', () => {
    expect(sectionOf(tree, ['s0'], 't0', 'page0')).toBe(0);
    expect(sectionOf(tree, ['s0'], 's0', 'page0')).toBe(0);
    expect(sectionOf(tree, ['s0'], 'page0', 'page0')).toBeUndefined();
    expect(sectionOf(tree, ['s0'], 'page1', 'page0')).toBeUndefined();
  });
});
