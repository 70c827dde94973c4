import type { ReactNode } from 'react';
import type { Row } from './rows.js';

/** How far a row is indented per level: an If step's branches and their steps sit under it. */
const INDENT = 20;

export interface RowPlacement {
  row: Row;
  /** The row's place in the whole list (the virtualizer measures it by this). */
  index: number;
  /** Pixels from the list's top. */
  top: number;
  /** The one row that Tab reaches: the list's roving tab stop. */
  tabbable: boolean;
  measure: (element: HTMLElement | null) => void;
}

/**
 * One row of the steps treegrid (the WAI-ARIA pattern for a tree whose rows hold fields): the row takes focus itself,
 * so the arrow keys move between rows while the fields in its one cell keep theirs. Its level, place among its
 * siblings and their number say where it is in the tree of steps, its row index where it is in the whole list.
 */
export function RowItem({
  row,
  index,
  top,
  tabbable,
  measure,
  label,
  children,
}: RowPlacement & { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: rows are placed one by one as they scroll into view; a <tr> cannot be
    <div
      role="row"
      ref={measure}
      data-index={index}
      data-row-id={row.id}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-rowindex={index + 1}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      className={`psb-window-row psb-steps-row psb-steps-${row.kind}`}
      style={{ transform: `translateY(${top}px)`, paddingLeft: (row.level - 1) * INDENT }}
    >
      {/* biome-ignore lint/a11y/useFocusableInteractive: the row takes focus, then the fields in its cell (the treegrid pattern) */}
      {/* biome-ignore lint/a11y/useSemanticElements: the cell of a <div> row, which cannot be a <tr> (see above) */}
      <div role="gridcell">{children}</div>
    </div>
  );
}
