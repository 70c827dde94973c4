import type { Locator, Page } from '@playwright/test';
import { IF_EVERY, longFlowSteps, richSnapshot } from '@psb/contracts/testing';
import type { EditorServer } from '../support/editorServer.ts';
import { expect, openPanel, test } from '../support/test.ts';

/** Elements in the Action flows panel with the long flow open: its rows in view and a few more (all drawn: 11,394). */
const PANEL_ELEMENTS_MAX = 400;

/** Steps in the long flow, counting those inside If steps. */
const STEPS = 1_000;

/** A project whose one flow has STEPS steps (longFlowSteps: 800 at the top, 40 of them If steps holding five each). */
function longFlowProject() {
  const steps = longFlowSteps(STEPS);
  const snapshot = {
    ...richSnapshot(),
    actionFlows: { flows: { long: { id: 'long', name: 'Long flow', steps } }, bindings: [] },
    ui: {},
    meta: { name: 'A long flow' },
  };
  return { snapshot, topLevel: steps.length };
}

const { snapshot, topLevel } = longFlowProject();
/** The rows: every step, and a Then and an Else row for each If step. */
const ROWS = STEPS + (2 * topLevel) / IF_EVERY;

async function openLongFlow(page: Page, editor: EditorServer) {
  const project = await editor.createProject(snapshot);
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  const panel = await openPanel(page, 'Action flows');
  const flow = panel.getByRole('region', { name: 'Flow Long flow' });
  const steps = flow.getByRole('treegrid', { name: 'Steps' });
  await expect(steps.getByRole('row').first()).toBeVisible();
  return { id: project.meta.id, panel, steps };
}

const rowOf = (steps: Locator, name: string) => steps.getByRole('row', { name, exact: true });
/** Scrolls the steps' own scroller to `to` pixels from its top, or to its end. */
const scrollSteps = (steps: Locator, to: number | 'end') =>
  steps.evaluate((grid, to) => {
    const scroller = grid.parentElement as HTMLElement;
    scroller.scrollTop = to === 'end' ? scroller.scrollHeight : to;
  }, to);

test.use({ viewport: { width: 1280, height: 720 } });
// A project is created and opened per test, on a machine other tests share.
test.describe.configure({ timeout: 60_000 });

test('a flow of 1,000 steps draws a few rows; scrolled or by End, the last step is reached, and a far step is edited', async ({
  page,
  editor,
}) => {
  const { id, panel, steps } = await openLongFlow(page, editor);
  const elements = await panel.locator('*').count();
  console.log(`Action flows panel with a flow of ${STEPS} steps (${ROWS} rows) open: ${elements} elements`);
  expect(elements).toBeLessThan(PANEL_ELEMENTS_MAX);
  await expect(steps).toHaveAttribute('aria-rowcount', String(ROWS));
  const first = steps.getByRole('row').first();
  await expect(first).toHaveAccessibleName('If count > 2');
  await expect(first).toHaveAttribute('aria-level', '1');
  await expect(first).toHaveAttribute('aria-setsize', String(topLevel));
  // The If's Then is a level deeper, its steps two.
  await expect(rowOf(steps, 'Then: 3 steps')).toHaveAttribute('aria-level', '2');
  await expect(rowOf(steps, 'Show toast: Toast 1')).toHaveAttribute('aria-level', '3');
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/c-shots/steps-top.png' });

  // Scrolled to its end, the list shows the last step, in its place.
  await scrollSteps(steps, 'end');
  const last = rowOf(steps, 'Show toast: Toast 999');
  await expect(last).toHaveAttribute('aria-posinset', String(topLevel));
  await expect(last).toHaveAttribute('aria-rowindex', String(ROWS));
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await page.screenshot({ path: '/tmp/c-shots/steps-end.png' });
  expect(await panel.locator('*').count()).toBeLessThan(PANEL_ELEMENTS_MAX);

  // Keyboard: back at the top, End from the first row reaches the last, focused; ArrowUp the one before.
  await scrollSteps(steps, 0);
  await first.focus();
  await page.keyboard.press('End');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('ArrowUp');
  const farStep = rowOf(steps, 'Show toast: Toast 998');
  await expect(farStep).toBeFocused();

  // Enter goes into its fields; what is typed there is the step's, and Escape goes back to the row.
  await page.keyboard.press('Enter');
  const message = farStep.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(', edited');
  await page.keyboard.press('Escape');
  const edited = rowOf(steps, 'Show toast: Toast 998, edited');
  await expect(edited).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  const stored = await editor.getProject(id);
  expect(stored.actionFlows.flows.long?.steps.at(-2)).toMatchObject({ message: 'Toast 998, edited' });
  expect(await panel.locator('*').count()).toBeLessThan(PANEL_ELEMENTS_MAX);
});

test('a step being typed in keeps its focus while scrolled away; steps far down are moved, added, deleted and undone while hidden', async ({
  page,
  editor,
}) => {
  const { panel, steps } = await openLongFlow(page, editor);
  // Found by its id: the row's name says its message, which changes as it is typed.
  const message = steps.locator('[data-row-id="t1"]').getByRole('textbox', { name: 'Message' });
  await message.click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await scrollSteps(steps, 'end');
  await expect(rowOf(steps, 'Show toast: Toast 999')).toBeVisible();
  await expect(message).toBeFocused();
  await page.keyboard.type('!');
  await expect(message).toHaveValue('Toast 1!!');

  // Alt+ArrowUp on the last row moves it up one: focus stays with it, now 799th of 800. (Typing brought the field
  // back into view, as a browser does.)
  await scrollSteps(steps, 'end');
  const last = rowOf(steps, 'Show toast: Toast 999');
  await last.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-posinset', String(topLevel - 1));
  // Move step down, by its button, puts it back; the button is then at the end and off, so the row keeps focus.
  await last.getByRole('button', { name: 'Move step down' }).click();
  await expect(last).toHaveAttribute('aria-posinset', String(topLevel));
  await expect(last).toBeFocused();

  // The last If step's Else (21 rows above the end: its two steps and 19 more) gets a step, focused, a level under it.
  await page.keyboard.press('End');
  for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowUp');
  const lastIf = steps.locator('[data-row-id="if975/else"]');
  await expect(lastIf).toBeFocused();
  await lastIf.getByRole('combobox', { name: 'Step kind' }).selectOption('navigate');
  await lastIf.getByRole('button', { name: 'Add step' }).click();
  const added = rowOf(steps, 'Navigate: /');
  await expect(added).toBeFocused();
  await expect(added).toHaveAttribute('aria-level', '3');
  await expect(added).toHaveAttribute('aria-posinset', '3');
  await expect(lastIf).toHaveAccessibleName('Else: 3 steps');

  // Deleting it focuses the row after it.
  await added.getByRole('button', { name: 'Delete step' }).click();
  await expect(added).toHaveCount(0);
  await expect(steps.locator('[role="row"]:focus')).toHaveAttribute('aria-level', '1');
  await expect(lastIf).toHaveAccessibleName('Else: 2 steps');
  expect(await panel.locator('*').count()).toBeLessThan(PANEL_ELEMENTS_MAX);
  await steps.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/c-shots/steps-edited.png' });

  // Undone while the panel is hidden behind another tab, the step is back, and drawn once the panel is shown.
  await openPanel(page, 'Variables');
  await page.keyboard.press('Control+z');
  await openPanel(page, 'Action flows');
  await expect(lastIf).toHaveAccessibleName('Else: 3 steps');
  await expect(added).toBeVisible();
  expect(await steps.getByRole('row').count()).toBeGreaterThan(3);
});
