import type { FlowStep, VariablesSection } from '@psb/contracts';
import { memo } from 'react';
import { useSelector } from 'react-redux';
import { counted } from '../counted.js';
import type { FlowsRootState } from '../selectors.js';
import type { StepList } from '../slice.js';
import { AddStep } from './AddStep.js';
import { RowItem, type RowPlacement } from './RowItem.js';
import type { BranchRowData, Row, StepRowData } from './rows.js';
import { StepFields } from './StepFields.js';
import { selectStepOfRow, showsTheSame } from './selectors.js';
import { stepLabel, stepTitle } from './titles.js';

/** What the rows do, the same functions for the list's life, so that a memoized row re-renders only for its own step. */
export interface RowActions {
  /** Changes fields of the row's step as it is in the store now (the row's copy of an If step may hold old branches). */
  change: (row: StepRowData, changes: Partial<FlowStep>) => void;
  /** `keepButton`: focus stays on the Move button pressed, while it can still be pressed. */
  move: (row: StepRowData, by: -1 | 1, keepButton: boolean) => void;
  remove: (row: StepRowData) => void;
  add: (at: StepList, step: FlowStep) => void;
}

interface RowProps<R extends Row> extends RowPlacement {
  row: R;
  flowId: string;
  variables: VariablesSection | undefined;
  actions: RowActions;
}

/** A step: it reads its own step by its path, so typing in it re-renders this row and no other. */
export const StepRow = memo(function StepRow({ row, flowId, variables, actions, ...place }: RowProps<StepRowData>) {
  const step = useSelector((state: FlowsRootState) => selectStepOfRow(state, flowId, row), showsTheSame);
  if (!step) return null;
  return (
    <RowItem row={row} {...place} label={stepLabel(step, variables)}>
      <fieldset className="psb-step">
        <legend>
          <span className="psb-muted" aria-hidden="true">
            {row.position}.
          </span>{' '}
          {stepTitle(step.kind)}
        </legend>
        <StepFields step={step} variables={variables} onChange={(changes) => actions.change(row, changes)} />
        <div className="psb-step-actions">
          <button type="button" data-move="-1" disabled={row.position === 1} onClick={() => actions.move(row, -1, true)}>
            Move step up
          </button>
          <button type="button" data-move="1" disabled={row.position === row.siblings} onClick={() => actions.move(row, 1, true)}>
            Move step down
          </button>
          <button type="button" onClick={() => actions.remove(row)}>
            Delete step
          </button>
        </div>
      </fieldset>
    </RowItem>
  );
});

/** The head of an If step's Then or Else, with a way to add a step at its end. */
export const BranchRow = memo(function BranchRow({ row, flowId, variables, actions, ...place }: RowProps<BranchRowData>) {
  const name = row.branch === 'thenSteps' ? 'Then' : 'Else';
  const steps = counted(row.count, 'step');
  return (
    <RowItem row={row} {...place} label={`${name}: ${steps}`}>
      <div className="psb-steps-branch">
        <h4>
          {name} <span className="psb-muted">({steps})</span>
        </h4>
        <AddStep
          variables={variables}
          onAdd={(step) => actions.add({ flowId, parentStepId: row.parentStepId, branch: row.branch }, step)}
        />
      </div>
    </RowItem>
  );
});
