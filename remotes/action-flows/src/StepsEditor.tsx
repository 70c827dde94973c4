import type { VariablesSection } from '@psb/contracts';
import { useWindowedList } from '@psb/contracts/windowing';
import { type KeyboardEvent, useId, useMemo } from 'react';
import { useSelector } from 'react-redux';
import { AddStep } from './steps/AddStep.js';
import { rowTo } from './steps/navigation.js';
import type { Row } from './steps/rows.js';
import { BranchRow, StepRow } from './steps/StepRow.js';
import { rowsOfFlow } from './steps/selectors.js';
import { useStepActions } from './steps/useStepActions.js';
import './steps/steps.css';

/** A step row's height before it is measured: a fieldset of one line of fields and one of buttons. */
const ESTIMATED_ROW_HEIGHT = 84;

/**
 * The steps of flow `flowId`, If steps' branches and their steps each a row under it, and a way to add a step at the
 * end. Only the rows in view are drawn (and the one holding focus); each reads its own step. The arrow keys, Home and
 * End move between rows, ArrowLeft and ArrowRight to the row holding a row and back in, Alt+arrows move a step among
 * its siblings, Enter goes into a row's fields, Escape back out.
 */
export function StepsEditor({ flowId, variables }: { flowId: string; variables: VariablesSection | undefined }) {
  const selectRows = useMemo(() => rowsOfFlow(flowId), [flowId]);
  const rows = useSelector(selectRows);
  const ids = useMemo(() => rows.map((row) => row.id), [rows]);
  // The first row is the tab stop until a row has had focus; then that row is, wherever it is scrolled.
  const list = useWindowedList({ ids, rowHeight: ESTIMATED_ROW_HEIGHT, overscan: 4, tabStop: 0 });
  const tabStop = Math.max(0, list.focusedIndex);
  const actions = useStepActions(flowId, rows, list.focusRow);
  const hintId = useId();

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const rowElement = target.closest<HTMLElement>('[data-row-id]');
    if (!rowElement || event.nativeEvent.defaultPrevented) return;
    if (target !== rowElement) {
      // The keys in a field are the field's, but Escape (unless the field used it) goes back to its row.
      if (event.key === 'Escape') {
        event.preventDefault();
        rowElement.focus();
      }
      return;
    }
    const at = list.focusedIndex;
    const row = rows[at];
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const by = event.key === 'ArrowUp' ? -1 : 1;
      if (row?.kind === 'step' && row.position + by >= 1 && row.position + by <= row.siblings) actions.move(row, by, false);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      rowElement.querySelector<HTMLElement>('input, select, button:not(:disabled)')?.focus();
      return;
    }
    const to = rowTo(event.key, rows, at);
    if (to === undefined) return;
    event.preventDefault();
    if (to !== at) list.focusRow(to);
  };

  return (
    <div className="psb-steps-editor">
      {rows.length > 0 && (
        <p id={hintId} className="psb-muted psb-steps-hint">
          On a step: ↑ ↓ Home End go between steps, ← → out of and into an If, Alt+↑ ↓ moves a step, Enter edits it, Escape leaves
          a field.
        </p>
      )}
      <div ref={list.scrollerRef} className="psb-steps-scroller">
        <div
          role="treegrid"
          className="psb-window"
          aria-label="Steps"
          aria-rowcount={rows.length}
          aria-describedby={rows.length > 0 ? hintId : undefined}
          onFocus={list.onFocus}
          onKeyDown={onKeyDown}
          style={{ height: list.totalSize }}
        >
          {list.rows.map(({ id, index, start }) => {
            const row = rows[index] as Row;
            const place = { index, top: start, tabbable: index === tabStop, measure: list.measure };
            const shared = { flowId, variables, actions, ...place };
            return row.kind === 'step' ? (
              <StepRow key={id} row={row} {...shared} />
            ) : (
              <BranchRow key={id} row={row} {...shared} />
            );
          })}
        </div>
      </div>
      <AddStep variables={variables} onAdd={(step) => actions.add({ flowId, parentStepId: null }, step)} />
    </div>
  );
}
