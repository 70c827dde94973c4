import { type ComponentNode, type NodeTable, nodeOf, withNode } from '@psb/contracts';

/** The table whose tree shape (every node's `children`) a table made here shares: rows need not be rebuilt. */
const shapeOf = new WeakMap<NodeTable, NodeTable>();

/** `nodes` with `node` in place of the node of its id, which it holds: one bucket copied, the others shared. */
export function withNodeReplaced(nodes: NodeTable, node: ComponentNode): NodeTable {
  const table = withNode(nodes, node);
  if (node.children === nodeOf(nodes, node.id)?.children) shapeOf.set(table, shapeOfNodes(nodes));
  return table;
}

/**
 * The same object for two tables of the same tree shape when one was made from the other by
 * `withNodeReplaced` without touching `children` (a prop or a name edited): comparing it costs nothing, whatever
 * the tree's size. Tables made otherwise (a move, an undo) are their own shape.
 */
export function shapeOfNodes(nodes: NodeTable): NodeTable {
  return shapeOf.get(nodes) ?? nodes;
}
