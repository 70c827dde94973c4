import { type ComponentNode, copyRecord } from '@psb/contracts';

type Nodes = Readonly<Record<string, ComponentNode>>;

/** The record whose tree shape (every node's `children`) a record made here shares: rows need not be rebuilt. */
const shapeOf = new WeakMap<Nodes, Nodes>();

/**
 * `nodes` with node `id`, which it holds, replaced by `node`: a new record, the others' entries shared. A key press
 * gives a record with the same keys, so it is copied from the kept list of keys (`copyRecord`), not spread.
 */
export function withNodeReplaced(nodes: Nodes, id: string, node: ComponentNode): Record<string, ComponentNode> {
  const copy = copyRecord(nodes) as Record<string, ComponentNode>;
  copy[id] = node;
  if (node.children === nodes[id]?.children) shapeOf.set(copy, shapeOfNodes(nodes));
  return copy;
}

/**
 * The same object for two records of the same tree shape when one was made from the other by
 * `withNodeReplaced` without touching `children` (a prop or a name edited): comparing it costs nothing, whatever
 * the tree's size. Records made otherwise (a move, an undo) are their own shape.
 */
export function shapeOfNodes(nodes: Nodes): Nodes {
  return shapeOf.get(nodes) ?? nodes;
}
