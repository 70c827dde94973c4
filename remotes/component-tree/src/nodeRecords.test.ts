import type { ComponentNode } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { shapeOfNodes, withNodeReplaced } from './nodeRecords.js';

const node = (id: string, children: string[] = [], content = id): ComponentNode => ({
  id,
  type: children.length > 0 ? 'Container' : 'Text',
  props: { content },
  children,
  parentId: null,
});

const nodes = Object.freeze({ '10': node('10'), b: node('b', ['10']), a: node('a') });

describe('withNodeReplaced', () => {
  it('gives a new record equal to a spread, in the same key order, sharing the other nodes', () => {
    const edited = node('a', [], 'edited');
    const next = withNodeReplaced(nodes, 'a', edited);
    expect(next).not.toBe(nodes);
    expect(next).toEqual({ ...nodes, a: edited });
    expect(JSON.stringify(next)).toBe(JSON.stringify({ ...nodes, a: edited }));
    expect(next.b).toBe(nodes.b);
    expect(nodes.a.props.content).toBe('a');
    // Made again from the copy: the kept keys still give every node.
    expect(Object.keys(withNodeReplaced(next, 'b', node('b', ['10'])))).toEqual(['10', 'b', 'a']);
  });

  it('keeps the shape when a node keeps its children, and not when they change', () => {
    const renamed = withNodeReplaced(nodes, 'b', { ...nodes.b, name: 'Renamed' });
    expect(shapeOfNodes(renamed)).toBe(shapeOfNodes(nodes));
    const again = withNodeReplaced(renamed, 'a', { ...nodes.a, props: { content: 'x' } });
    expect(shapeOfNodes(again)).toBe(shapeOfNodes(nodes));
    const moved = withNodeReplaced(nodes, 'b', { ...nodes.b, children: [] });
    expect(shapeOfNodes(moved)).not.toBe(shapeOfNodes(nodes));
  });
});
