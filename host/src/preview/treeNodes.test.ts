import { type ComponentNode, nodeTable } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { TreeNodes } from './treeNodes.js';

const node = (id: string, content: string, children: string[] = []): ComponentNode => ({
  id,
  type: 'Text',
  props: { content },
  children,
  parentId: null,
});

/** A TreeNodes with a counting listener on each id. */
function listened(nodes: Record<string, ComponentNode>, ids: string[]) {
  const tree = new TreeNodes(nodeTable(nodes));
  const calls: string[] = [];
  for (const id of ids) tree.subscribe(id, () => calls.push(id));
  return { tree, calls };
}

describe('TreeNodes', () => {
  it('tells the listeners of the nodes an edit replaced, and no others', () => {
    const a = node('a', 'A');
    const b = node('b', 'B');
    const { tree, calls } = listened({ a, b }, ['a', 'b']);
    tree.update(nodeTable({ a: node('a', 'A2'), b }));
    expect(calls).toEqual(['a']);
    expect(tree.get('a')?.props.content).toBe('A2');
  });

  it('tells the listeners of a node added under an id they already listened to', () => {
    const { tree, calls } = listened({}, ['c']);
    tree.update(nodeTable({ c: node('c', 'C') }));
    expect(calls).toEqual(['c']);
  });

  it('does not tell the listeners of nodes that are gone: their parent, told, unmounts them', () => {
    const parent = node('parent', 'P', ['child']);
    const { tree, calls } = listened({ parent, child: node('child', 'C') }, ['parent', 'child']);
    tree.update(nodeTable({ parent: node('parent', 'P', []) }));
    expect(calls).toEqual(['parent']);
    expect(tree.get('child')).toBeUndefined();
  });

  it('tells nobody of a whole tree that went away, as when a small project replaces a big one', () => {
    const nodes = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`n${i}`, node(`n${i}`, String(i))]));
    const { tree, calls } = listened(nodes, Object.keys(nodes));
    tree.update(nodeTable({ other: node('other', 'O') }));
    expect(calls).toEqual([]);
  });
});
