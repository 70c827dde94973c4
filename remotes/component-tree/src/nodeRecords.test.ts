import { type ComponentNode, nodeOf, nodeTable } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { shapeOfNodes, withNodeReplaced } from './nodeRecords.js';

const node = (id: string, children: string[] = [], content = id): ComponentNode => ({
  id,
  type: children.length > 0 ? 'Container' : 'Text',
  props: { content },
  children,
  parentId: null,
});

const nodes = nodeTable({ '10': node('10'), b: node('b', ['10']), a: node('a') });
const b = nodeOf(nodes, 'b') as ComponentNode;

describe('withNodeReplaced', () => {
  it('gives a new table holding the edited node and sharing the others', () => {
    const edited = node('a', [], 'edited');
    const next = withNodeReplaced(nodes, edited);
    expect(next).not.toBe(nodes);
    expect(nodeOf(next, 'a')).toBe(edited);
    expect(nodeOf(next, 'b')).toBe(b);
    expect(nodeOf(nodes, 'a')?.props.content).toBe('a');
  });

  it('keeps the shape when a node keeps its children, and not when they change', () => {
    const renamed = withNodeReplaced(nodes, { ...b, name: 'Renamed' });
    expect(shapeOfNodes(renamed)).toBe(shapeOfNodes(nodes));
    const again = withNodeReplaced(renamed, { ...(nodeOf(nodes, 'a') as ComponentNode), props: { content: 'x' } });
    expect(shapeOfNodes(again)).toBe(shapeOfNodes(nodes));
    const moved = withNodeReplaced(nodes, { ...b, children: [] });
    expect(shapeOfNodes(moved)).not.toBe(shapeOfNodes(nodes));
  });
});
