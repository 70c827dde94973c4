import { createNextState as produce } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  countNodes,
  dropNode,
  hasNode,
  nodeOf,
  nodeRecord,
  nodeTable,
  pageOrder,
  putNode,
  withNode,
} from './nodeTable.js';
import type { ComponentNode } from './section.js';

const node = (id: string, children: string[] = [], parentId: string | null = null): ComponentNode => ({
  id,
  type: 'Container',
  props: {},
  children,
  parentId,
});

/** A page of `count` top-level nodes, as a file holds it. */
function page(count: number) {
  const nodes: Record<string, ComponentNode> = {};
  for (let i = 0; i < count; i++) nodes[`n${i}`] = node(`n${i}`);
  return { nodes, rootIds: Object.keys(nodes) };
}

describe('nodeTable', () => {
  it('finds every node of a file by id, and nothing else', () => {
    const { nodes } = page(1000);
    const table = nodeTable(nodes);
    expect(countNodes(table)).toBe(1000);
    expect(nodeOf(table, 'n999')).toBe(nodes.n999);
    expect(hasNode(table, 'n1000')).toBe(false);
    expect(nodeOf(table, 'constructor')).toBeUndefined();
    expect(nodeOf(table, '__proto__')).toBeUndefined();
    expect(Object.keys(table).length).toBeLessThanOrEqual(256);
  });

  it('an edit copies one bucket of a large page and shares all the others', () => {
    const table = nodeTable(page(50_000).nodes);
    const edited = withNode(table, { ...node('n123'), name: 'Hero' });
    expect(nodeOf(edited, 'n123')?.name).toBe('Hero');
    expect(nodeOf(table, 'n123')?.name).toBeUndefined();
    const copied = Object.keys(edited).filter((key) => edited[Number(key)] !== table[Number(key)]);
    expect(copied).toEqual([String(bucketOf('n123'))]);
    expect(Object.keys(edited[bucketOf('n123')] ?? {}).length).toBeLessThan(400);
    expect(Object.isFrozen(edited) && Object.isFrozen(edited[bucketOf('n123')])).toBe(true);
  });

  it('in an Immer draft, puts and drops nodes, and a bucket left empty goes: equal trees make equal tables', () => {
    const table = nodeTable({ a: node('a') });
    const added = produce(table, (draft) => putNode(draft, node('b')));
    expect(Object.keys(nodeRecord(added)).sort()).toEqual(['a', 'b']);
    const dropped = produce(added, (draft) => dropNode(draft, 'b'));
    expect(dropped).toEqual(table);
    expect(produce(table, (draft) => dropNode(draft, 'a'))).toEqual({});
    expect(produce(table, (draft) => dropNode(draft, 'missing'))).toBe(table);
  });

  it('gives a file every node by id, and a picker the page order, nodes no walk reaches after them', () => {
    const nodes = {
      orphan: node('orphan'),
      child: node('child', [], 'top'),
      second: node('second'),
      top: node('top', ['child']),
    };
    const table = nodeTable(nodes);
    expect(nodeRecord(table)).toEqual(nodes);
    expect(pageOrder(table, ['top', 'second']).map((n) => n.id)).toEqual(['top', 'child', 'second', 'orphan']);
  });

  it('lists a node listed twice or in a cycle once', () => {
    const table = nodeTable({ a: node('a', ['b']), b: node('b', ['a'], 'a') });
    expect(pageOrder(table, ['a', 'a']).map((n) => n.id)).toEqual(['a', 'b']);
  });
});
