import { type ComponentTreeState, moveProblem } from '../slice.js';
import { dropTarget } from './moves.js';

/** Where on a row a drop lands: near its top edge before it, near its bottom edge after it, else inside it. */
export type Where = 'before' | 'inside' | 'after';

/** What a dragged row shows over the row under it: where it would land, or that it cannot land there. */
export type DropHint = Where | 'refused';

/** `y` is the pointer's height on the row, from 0 (top) to 1 (bottom). */
export const whereOnRow = (y: number): Where => (y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'inside');

/** The hint for dropping `draggedId` at `where` on row `targetId`: the same rules the drop itself follows. */
export function dropHint(state: ComponentTreeState, draggedId: string, targetId: string, where: Where): DropHint {
  const to = dropTarget(state, draggedId, targetId, where);
  return to && !moveProblem(state, draggedId, to) ? where : 'refused';
}
