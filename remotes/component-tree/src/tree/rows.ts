import { nodeOf } from '@psb/contracts';
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

/**
 * The visible rows, depth first, skipping the children of collapsed nodes. Iterative: any depth works.
 *
 * Each row is made once, with all its fields, when its parent is reached, and pushed as it is, since this runs
 * on every change to a tree of any size: copying a smaller object into a bigger one per row, or asking `collapsed`
 * for ids it does not hold (a lookup that goes on to `Object.prototype`), would cost far more than the walk itself.
 */
export function visibleRows(state: RowsInput): Row[] {
  const rows: Row[] = [];
  const stack: Row[] = [];
  const pushChildren = (ids: string[], depth: number, parentId: string | null) => {
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i] as string;
      stack.push({ id, depth, parentId, position: i + 1, siblings: ids.length, hasChildren: false, expanded: true });
    }
  };
  pushChildren(state.rootIds, 1, null);
  while (stack.length > 0) {
    const row = stack.pop() as Row;
    const node = nodeOf(state.nodes, row.id);
    if (!node) continue;
    row.hasChildren = node.children.length > 0;
    row.expanded = !Object.hasOwn(state.collapsed, row.id);
    rows.push(row);
    if (row.expanded) pushChildren(node.children, row.depth + 1, row.id);
  }
  return rows;
}
