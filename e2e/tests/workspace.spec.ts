import type { Page } from '@playwright/test';
import { expect, inspector, openPanel, panel, test } from '../support/test.ts';

// The workspace (issue 25): top bar, structure on the left, canvas in the middle over the dock, inspector on the
// right, all on one screen; sidebars resized and collapsed, and remembered in this browser.

const tree = (page: Page) => panel(page, 'Component tree');
const canvas = (page: Page) => panel(page, 'Preview');
const leftHandle = (page: Page) => page.getByRole('separator', { name: 'Resize the left sidebar' });
const width = async (page: Page) => (await tree(page).boundingBox())?.width ?? 0;

test.use({ viewport: { width: 1280, height: 720 } });

test('at 1280×720 the page does not scroll, and the top bar, tree, canvas and inspector are all in view', async ({
  page,
  editor,
}) => {
  await page.goto(editor.url);
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  // A page long enough to scroll: the tree and the canvas scroll inside their regions, not the page.
  for (let i = 0; i < 25; i++) await tree(page).getByRole('button', { name: 'Text', exact: true }).click();
  await expect(tree(page).getByRole('treeitem')).not.toHaveCount(0);

  const page_ = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? 0,
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
  }));
  expect(page_.scrollHeight).toBeLessThanOrEqual(720);
  expect(page_.scrollWidth).toBeLessThanOrEqual(1280);
  for (const region of [page.getByRole('banner'), tree(page), canvas(page), inspector(page)])
    await expect(region).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(inspector(page).getByRole('textbox', { name: 'Content' })).toBeInViewport({ ratio: 1 });
});

test('the other three editors are a tab away, under the canvas', async ({ page, editor }) => {
  await page.goto(editor.url);
  for (const title of ['Variables', 'Entity models', 'Action flows']) {
    const region = await openPanel(page, title);
    await expect(region).toBeInViewport();
    await expect(page.getByRole('tab', { name: title })).toHaveAttribute('aria-selected', 'true');
  }
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await expect(panel(page, 'Entity models').getByRole('group')).toHaveCount(1);
  // What was shown is kept, and the others stay mounted behind their tabs.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Entity models' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page, 'Variables')).toBeHidden();
});

test('a sidebar resized with the keyboard or by dragging, and collapsed, stays so after a reload', async ({ page, editor }) => {
  await page.goto(editor.url);
  await expect(tree(page).getByRole('toolbar', { name: 'Add a component' })).toBeVisible();
  const before = await width(page);

  await leftHandle(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => width(page)).toBe(before + 48);

  const handle = await leftHandle(page).boundingBox();
  if (!handle) throw new Error('the handle is not laid out');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 60, handle.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => width(page)).toBe(before - 12);

  await page.reload();
  await expect.poll(() => width(page)).toBe(before - 12);

  await page.getByRole('button', { name: 'Hide the left sidebar' }).click();
  await expect(tree(page)).toBeHidden();
  await expect(leftHandle(page)).toHaveAttribute('aria-valuetext', 'Collapsed');
  const canvasWidth = (await canvas(page).boundingBox())?.width ?? 0;
  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await expect(tree(page)).toBeHidden();
  expect((await canvas(page).boundingBox())?.width).toBeCloseTo(canvasWidth, 0);

  // Enter on the handle restores it, at the width it had.
  await leftHandle(page).focus();
  await page.keyboard.press('Enter');
  await expect(tree(page)).toBeVisible();
  await expect.poll(() => width(page)).toBe(before - 12);
});

test('the dock collapses to its tabs, and a tab opens it again', async ({ page, editor }) => {
  await page.goto(editor.url);
  const canvasHeight = async () => (await canvas(page).boundingBox())?.height ?? 0;
  await expect(await openPanel(page, 'Variables')).toBeVisible();
  const open = await canvasHeight();
  await page.getByRole('button', { name: 'Hide the dock' }).click();
  await expect(panel(page, 'Variables')).toBeHidden();
  await expect.poll(canvasHeight).toBeGreaterThan(open + 100);
  await page.getByRole('tab', { name: 'Action flows' }).click();
  await expect(panel(page, 'Action flows')).toBeVisible();
});

test('an unavailable remote shows its reason and Retry in its own place', async ({ page, editor }) => {
  let down = true;
  await page.route('**/remotes/component-tree/mf-manifest.json', (route) =>
    down ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback(),
  );
  await page.route('**/remotes/variables/mf-manifest.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto(editor.url);

  await expect(tree(page).getByRole('alert')).toContainText('Component tree is unavailable');
  await expect(inspector(page)).toContainText('Nothing to inspect');
  await expect(page.getByRole('tab', { name: 'Variables' })).toContainText('unavailable');
  await expect((await openPanel(page, 'Variables')).getByRole('alert')).toContainText('Variables is unavailable');
  await expect(await openPanel(page, 'Entity models')).toBeVisible();

  down = false;
  await tree(page).getByRole('button', { name: 'Retry' }).click();
  await expect(tree(page).getByRole('toolbar', { name: 'Add a component' })).toBeVisible();
  await tree(page).getByRole('button', { name: 'Button', exact: true }).click();
  await expect(inspector(page).getByRole('form', { name: 'Properties of Button' })).toBeVisible();
});
