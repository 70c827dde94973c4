import { nodeOf } from '@psb/contracts';
import { shapeOfNodes } from '../nodeRecords.js';
import { type Row, type RowsInput, visibleRows } from './rows.js';

let last: { input: RowsInput; rows: Row[] } | undefined;

/**
 * The visible rows, the same array as long as the tree's shape is: editing a prop or a name gives a new table of
 * nodes but keeps every node's `children` array, so it neither rebuilds the
 * rows nor re-renders the tree. Checking costs nothing after a prop or name edit (the slice says the shape is the
 * same), else one identity comparison per visible row, not a walk that builds them.
 */
export function selectRows(input: RowsInput): Row[] {
  if (!last || !sameShape(last.input, input, last.rows)) last = { input, rows: visibleRows(input) };
  else last = { input, rows: last.rows };
  return last.rows;
}

/**
 * Whether `next` gives the same rows as `previous` did. Rows read the roots, the collapsed set and the children of
 * the nodes they show (a node never shown, inside a collapsed one, does not matter). Every id in a `children`
 * array names a node (the reducers and checkSnapshot keep it so), so a node cannot appear without its parent's
 * array changing.
 */
function sameShape(previous: RowsInput, next: RowsInput, rows: Row[]): boolean {
  if (previous.rootIds !== next.rootIds || previous.collapsed !== next.collapsed) return false;
  // A prop or a name edited: the same shape, known without a walk.
  if (shapeOfNodes(previous.nodes) === shapeOfNodes(next.nodes)) return true;
  for (const row of rows) if (nodeOf(previous.nodes, row.id)?.children !== nodeOf(next.nodes, row.id)?.children) return false;
  return true;
}
