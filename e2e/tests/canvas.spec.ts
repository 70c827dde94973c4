import type { Locator, Page } from '@playwright/test';
import { richSnapshot } from '@psb/contracts/testing';
import { expect, panel, test } from '../support/test.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const SHOTS = '/tmp/pw-canvas/shots';
const preview = (page: Page) => panel(page, 'Preview');
const canvas = (page: Page) => preview(page).getByRole('application', { name: 'Canvas' });
const tree = (page: Page) => page.getByRole('tree', { name: 'Components' });
const rows = (page: Page) => tree(page).getByRole('treeitem');
const selectedRow = (page: Page) => tree(page).locator('[role="treeitem"][aria-selected="true"]');
const outline = (page: Page, kind: 'hovered' | 'selected') => preview(page).locator(`.canvas-outline.${kind}`);
const mode = (page: Page, name: 'Edit' | 'Preview') => preview(page).getByRole('button', { name, exact: true });

/** The box of an element on the screen, rounded: an outline drawn over a component has the component's. */
async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

/** The rich fixture (a Container of a heading and the Greet button, then a footer) and, below, `extra` paragraphs. */
async function openPage(
  page: Page,
  editor: { url: string; createProject(s: object): Promise<{ meta: { id: string } }> },
  extra = 0,
) {
  const snapshot = richSnapshot();
  for (let i = 0; i < extra; i++) {
    const id = `p${i}`;
    snapshot.componentTree.nodes[id] = { id, type: 'Text', props: { content: `Paragraph ${i}` }, children: [], parentId: null };
    snapshot.componentTree.rootIds.push(id);
  }
  const project = await editor.createProject({ ...snapshot, ui: {}, meta: { name: 'Canvas' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  // Four editors load on a machine shared with other runs: give the first paint time.
  await expect(canvas(page).getByRole('button', { name: 'Greet' })).toBeVisible({ timeout: 30_000 });
  await expect(rows(page).first()).toBeVisible();
}

test('a click on the canvas selects in the tree and the inspector; hovering and the tree’s selection are outlined', async ({
  page,
  editor,
}) => {
  await openPage(page, editor);
  await expect(mode(page, 'Edit')).toHaveAttribute('aria-pressed', 'true');
  const greet = canvas(page).getByRole('button', { name: 'Greet' });

  // Hovering outlines the component under the pointer, named as the tree names it.
  await canvas(page).getByText('Hello Ada').hover();
  await expect(outline(page, 'hovered')).toHaveText('Text');
  expect(await boxOf(outline(page, 'hovered'))).toEqual(await boxOf(canvas(page).getByText('Hello Ada')));

  // A click selects: the tree's row, the inspector's fields; the button's flow does not run.
  await greet.click();
  await expect(selectedRow(page)).toHaveAttribute('aria-label', /^Button/);
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue('Greet');
  await expect(outline(page, 'selected')).toHaveText('Button');
  expect(await boxOf(outline(page, 'selected'))).toEqual(await boxOf(greet));
  await expect(preview(page).getByText('The page would go to')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/selected-on-canvas.png` });

  // Selected in the tree: outlined on the canvas.
  await rows(page).nth(3).click();
  await expect(outline(page, 'selected')).toHaveText('Text');
  expect(await boxOf(outline(page, 'selected'))).toEqual(await boxOf(canvas(page).getByText('© 2026')));
  await expect(page.getByRole('textbox', { name: 'Content' })).toHaveValue('© 2026');
});

test('Escape selects the parent; Delete deletes with the subtree, and Undo brings it back', async ({ page, editor }) => {
  await openPage(page, editor);
  await canvas(page).getByRole('button', { name: 'Greet' }).click();
  await page.keyboard.press('Escape');
  await expect(selectedRow(page)).toHaveAttribute('aria-label', 'Container');
  await expect(outline(page, 'selected')).toHaveText('Container');

  await page.keyboard.press('Delete');
  await expect(page.getByText('Deleted Container and 2 children')).toBeVisible();
  await expect(canvas(page).getByText('Hello Ada')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(canvas(page).getByText('Hello Ada')).toBeVisible();
  await expect(rows(page)).toHaveCount(4);
  // The undone delete selects the Container again.
  await expect(selectedRow(page)).toHaveAttribute('aria-label', 'Container');

  // Escape at the top selects nothing.
  await canvas(page).getByText('© 2026').click();
  await page.keyboard.press('Escape');
  await expect(selectedRow(page)).toHaveCount(0);
  await expect(outline(page, 'selected')).toHaveCount(0);
});

test('Preview mode runs a button’s flow and selects nothing', async ({ page, editor }) => {
  await openPage(page, editor);
  await mode(page, 'Preview').click();
  await expect(mode(page, 'Preview')).toHaveAttribute('aria-pressed', 'true');
  await canvas(page).getByRole('button', { name: 'Greet' }).click();
  // Greet adds one to count (3 in the fixture), says hello past 2, then goes to /thanks.
  await expect(page.getByText('Hello again, Ada')).toBeVisible();
  await expect(preview(page).getByText('The page would go to /thanks.')).toBeVisible();
  await expect(selectedRow(page)).toHaveCount(0);
  await expect(outline(page, 'selected')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/preview-mode.png` });
});

test('the device width narrows the page to a phone’s or a tablet’s, and the canvas keeps its scroll', async ({
  page,
  editor,
}) => {
  await openPage(page, editor, 60);
  const pageBox = preview(page).locator('.preview-page');
  const viewport = canvas(page);
  await viewport.evaluate((element) => element.scrollTo({ top: 400 }));
  await preview(page)
    .getByRole('button', { name: /^Phone/ })
    .click();
  expect((await boxOf(pageBox)).width).toBe(375);
  await page.screenshot({ path: `${SHOTS}/phone.png` });
  await preview(page)
    .getByRole('button', { name: /^Tablet/ })
    .click();
  expect((await boxOf(pageBox)).width).toBe(768);
  await preview(page).getByRole('button', { name: 'Desktop' }).click();
  const wide = (await boxOf(pageBox)).width;
  expect(wide).toBeGreaterThan(375);
  expect(await viewport.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);

  // Selected in the tree far down the page: the canvas scrolls to it.
  await rows(page).first().click();
  await page.keyboard.press('End');
  const last = viewport.getByText('Paragraph 59', { exact: true });
  await expect(last).toBeInViewport();
  await expect(outline(page, 'selected')).toBeInViewport();
});

test('a dragged tree row shows where it will land: a line, a highlighted container, or a refusal', async ({ page, editor }) => {
  await openPage(page, editor);
  const footer = rows(page).nth(3);
  const container = rows(page).nth(0);
  const button = rows(page).nth(2);
  // The browser's drag events, as a hand dragging the footer's row would send them, the pointer at `y` of a row.
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  const over = async (row: Locator, y: number) => {
    const box = await row.boundingBox();
    if (!box) throw new Error('row not on screen');
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height * y, dataTransfer };
    await row.dispatchEvent('dragenter', at);
    await row.dispatchEvent('dragover', at);
    return at;
  };
  await footer.dispatchEvent('dragstart', { dataTransfer });
  await over(container, 0.5);
  await expect(container).toHaveClass(/drop-inside/);
  await page.screenshot({ path: `${SHOTS}/drop-inside.png` });
  await over(button, 0.1);
  await expect(button).toHaveClass(/drop-before/);
  await expect(container).not.toHaveClass(/drop-/);
  await page.screenshot({ path: `${SHOTS}/drop-before.png` });
  await over(button, 0.5);
  await expect(button).toHaveClass(/drop-refused/);
  await button.dispatchEvent('drop', await over(button, 0.9));
  await footer.dispatchEvent('dragend', { dataTransfer });
  // Dropped after the Button: the footer is the Container's third child, and no hint is left.
  await expect(rows(page).nth(3)).toHaveAttribute('aria-level', '2');
  await expect(tree(page).locator('.drop-before, .drop-after, .drop-inside, .drop-refused')).toHaveCount(0);
});
