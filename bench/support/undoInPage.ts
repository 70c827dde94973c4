// Undo and redo as a person meets them in the editor: the burst just typed into a Content box is one step; Ctrl+Z
// takes it back and Ctrl+Shift+Z makes it again, each timed from the keydown to the frame after the preview shows
// it, with Chromium's script time over all of them.
import type { CDPSession, Page } from 'playwright-core';
import type { ProbeWindow } from './pageProbes.js';
import { median } from './stats.js';

export interface UndoResult {
  /** Undos and redos measured, each. */
  runs: number;
  /** keydown → the frame after the preview shows the text without the burst / with it again, median ms. */
  undoFrame: number;
  redoFrame: number;
  /** Chromium's script time over every undo and redo, divided by their number, ms. */
  scriptPerStep: number;
}

const RUNS = 8;

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
}

/** The watched element's text once it is not `from` any more, untimed. */
async function changedFrom(page: Page, from: string): Promise<string> {
  const handle = await page.waitForFunction(
    (text) => {
      const now = (window as unknown as ProbeWindow).__editText?.() ?? text;
      return now !== text && now;
    },
    from,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Needs the edit probe installed (`installEditProbe`) and the preview showing the text just typed, `typed`. */
export async function measureUndo(page: Page, cdp: CDPSession, typed: string): Promise<UndoResult> {
  // Out of the text field, whose Ctrl+Z is its own; then past the join window, so the step is compacted as it
  // would be after any pause.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(1500);
  // What one undo shows, learnt once untimed: on a loaded machine a slow key press may end the burst's step early.
  await page.keyboard.press('Control+z');
  const without = await changedFrom(page, typed);
  await page.keyboard.press('Control+Shift+z');
  await changedFrom(page, without);
  const frames = { undo: [] as number[], redo: [] as number[] };
  const step = async (key: string, expected: string) => {
    await page.evaluate((text) => (window as unknown as ProbeWindow).__armEdit?.(text), expected);
    await page.keyboard.press(key);
    const { frame } = await page.evaluate(() =>
      Promise.race([
        (window as unknown as ProbeWindow).__edit as Promise<{ commit: number; frame: number }>,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('undo or redo did not show within 60 s')), 60_000)),
      ]),
    );
    await page.waitForTimeout(100);
    return frame;
  };
  const before = await scriptSeconds(cdp);
  for (let i = 0; i < RUNS; i++) {
    frames.undo.push(await step('Control+z', without));
    frames.redo.push(await step('Control+Shift+z', typed));
  }
  const script = (await scriptSeconds(cdp)) - before;
  return {
    runs: RUNS,
    undoFrame: median(frames.undo),
    redoFrame: median(frames.redo),
    scriptPerStep: (script * 1000) / (2 * RUNS),
  };
}
