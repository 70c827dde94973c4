import type { FlowStep } from '@psb/contracts';
import { type FlowsRootState, selectFlowById } from '../selectors.js';
import { type Row, type StepRowData, sameShape, stepAt, stepRows } from './rows.js';

const NO_STEPS: FlowStep[] = [];

/**
 * A selector of flow `flowId`'s rows, one per steps editor. It gives the same array while the steps keep their shape:
 * a key press in a step's field gives new steps but the same rows, so the list does not re-render, only the row
 * reading that step. A change elsewhere in the store costs one comparison.
 */
export function rowsOfFlow(flowId: string) {
  let last: { steps: FlowStep[]; rows: Row[] } | undefined;
  return (state: FlowsRootState): Row[] => {
    const steps = selectFlowById(state, flowId)?.steps ?? NO_STEPS;
    if (last?.steps === steps) return last.rows;
    last = { steps, rows: last && sameShape(last.steps, steps) ? last.rows : stepRows(steps) };
    return last.rows;
  };
}

/**
 * The step a row shows, found by its path (a few steps' walk, not a search of the flow). A row drawn from rows a
 * change has made stale gets nothing rather than another step, until the list gives it its new place.
 */
export function selectStepOfRow(state: FlowsRootState, flowId: string, row: StepRowData): FlowStep | undefined {
  const flow = selectFlowById(state, flowId);
  const step = flow && stepAt(flow.steps, row.path);
  return step?.id === row.id ? step : undefined;
}

/**
 * Whether a row shows the same for two versions of its step. An If step's row shows its own fields, not the steps in
 * its branches, which have rows of their own: typing in one of those leaves the If step's row as it is.
 */
export function showsTheSame(a: FlowStep | undefined, b: FlowStep | undefined): boolean {
  if (a === b) return true;
  if (a?.kind !== 'if' || b?.kind !== 'if') return false;
  const keys = Object.keys(a) as (keyof typeof a)[];
  return (
    keys.length === Object.keys(b).length && keys.every((key) => key === 'thenSteps' || key === 'elseSteps' || a[key] === b[key])
  );
}
