import type { FlowStep } from '@psb/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { useDispatch, useStore } from 'react-redux';
import type { FlowsRootState } from '../selectors.js';
import { stepAdded, stepChanged, stepMoved, stepRemoved } from '../slice.js';
import { endOfSubtree, type Row } from './rows.js';
import type { RowActions } from './StepRow.js';
import { selectStepOfRow } from './selectors.js';

/**
 * What the rows of flow `flowId` do, as functions that stay the same while it is open, and where the focus goes after:
 * to the step added or moved (which may now be far from where it was), or to the row after a deleted step.
 * `focusRow(index, inside)` scrolls to a row of `rows` and focuses it.
 */
export function useStepActions(flowId: string, rows: Row[], focusRow: (index: number, inside?: string) => void): RowActions {
  const dispatch = useDispatch();
  const store = useStore<FlowsRootState>();
  const wanted = useRef<{ id: string; inside?: string; before: Row[] }>(undefined);
  const rowsNow = useRef(rows);
  rowsNow.current = rows;

  // Once the action has changed the rows, the row wanted is where it now is.
  useEffect(() => {
    const want = wanted.current;
    if (!want || want.before === rows) return;
    wanted.current = undefined;
    const index = rows.findIndex((row) => row.id === want.id);
    if (index >= 0) focusRow(index, want.inside);
  });

  return useMemo<RowActions>(() => {
    const want = (id: string, inside?: string) => {
      wanted.current = { id, inside, before: rowsNow.current };
    };
    return {
      change(row, changes) {
        const step = selectStepOfRow(store.getState(), flowId, row);
        if (!step) return;
        // A field emptied of an optional value (a request's body) is left out, not kept as undefined.
        const changed = Object.fromEntries(Object.entries({ ...step, ...changes }).filter(([, value]) => value !== undefined));
        dispatch(stepChanged({ flowId, step: changed as FlowStep }));
      },
      move(row, by, keepButton) {
        const stillMovable = by < 0 ? row.position + by > 1 : row.position + by < row.siblings;
        want(row.id, keepButton && stillMovable ? `button[data-move="${by}"]` : undefined);
        dispatch(stepMoved({ flowId, stepId: row.id, by }));
      },
      remove(row) {
        const now = rowsNow.current;
        const index = now.findIndex((r) => r.id === row.id);
        const next = now[endOfSubtree(now, index)] ?? now[index - 1];
        if (next) want(next.id);
        dispatch(stepRemoved({ flowId, stepId: row.id }));
      },
      add(at, step) {
        want(step.id);
        dispatch(stepAdded({ at, step }));
      },
    };
  }, [dispatch, flowId, store]);
}
