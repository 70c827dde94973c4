import type { ComponentTreeState } from '../slice.js';

/** One visible line of the tree. */
export interface Row {
  id: string;
  depth: number;
  parentId: string | null;
  /** 1-based position among its siblings, and how many siblings there are (for ARIA). */
  position: number;
  siblings: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** What the rows are made of. */
export type RowsInput = Pick<ComponentTreeState, 'nodes' | 'rootIds' | 'collapsed'>;

/** The visible rows, depth first, skipping the children of collapsed nodes. Iterative: any depth works. */
export function visibleRows(state: RowsInput): Row[] {
  const rows: Row[] = [];
  const stack: { id: string; depth: number; parentId: string | null; position: number; siblings: number }[] = [];
  const pushChildren = (ids: string[], depth: number, parentId: string | null) => {
    for (let i = ids.length - 1; i >= 0; i--)
      stack.push({ id: ids[i] as string, depth, parentId, position: i + 1, siblings: ids.length });
  };
  pushChildren(state.rootIds, 1, null);
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    const node = state.nodes[item.id];
    if (!node) continue;
    const expanded = !state.collapsed[item.id];
    rows.push({ ...item, hasChildren: node.children.length > 0, expanded });
    if (expanded) pushChildren(node.children, item.depth + 1, item.id);
  }
  return rows;
}
