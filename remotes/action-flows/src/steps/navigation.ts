import type { Row } from './rows.js';

/** The row that holds row `index` (an If step's branch for its steps, the If step for its branches), or -1. */
function parentOf(rows: readonly Row[], index: number): number {
  const level = rows[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i--) if ((rows[i] as Row).level < level) return i;
  return -1;
}

/**
 * Where a key pressed on row `at` goes, as in a tree: ArrowUp and ArrowDown to the row before and after, Home and End
 * to the first and last, ArrowLeft to the row holding this one, ArrowRight into the first row it holds. Undefined for
 * another key; `at` itself where there is nowhere to go.
 */
export function rowTo(key: string, rows: readonly Row[], at: number): number | undefined {
  const last = rows.length - 1;
  const deeper = (rows[at + 1]?.level ?? 0) > (rows[at]?.level ?? 0);
  const to = {
    ArrowDown: Math.min(last, at + 1),
    ArrowUp: at - 1,
    Home: 0,
    End: last,
    ArrowLeft: parentOf(rows, at),
    ArrowRight: deeper ? at + 1 : at,
  }[key];
  return to === undefined ? undefined : to < 0 ? at : to;
}
