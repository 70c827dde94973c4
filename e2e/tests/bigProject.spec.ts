import type { Page } from '@playwright/test';
import { generateSnapshot } from '../../bench/support/generateSnapshot.ts';
import { expect, inspector, panel, test } from '../support/test.ts';

// The benchmark's 10,000-node project: 550 top-level pages of sections whose texts use variables. The canvas draws
// the pages in view; these are the budgets and behaviours that keeps, counted, not timed.
test.use({ viewport: { width: 1280, height: 720 } });
// A 10,000-node project takes seconds to open on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Elements the canvas may hold at 10,000 nodes: the pages within a viewport's height of the view, whatever the page's length. */
const CANVAS_ELEMENTS_MAX = 2_500;
/** The same for the component tree: its rows are windowed. */
const TREE_ELEMENTS_MAX = 400;

const SHOTS = '/tmp/pw-bigProject/shots';
const snapshot = generateSnapshot(10_000);
const headings = Object.values(snapshot.componentTree.nodes).filter((n) => String(n.props.content ?? '').startsWith('Section '));
const lastHeading = headings.at(-1) as (typeof headings)[number];
/** The page's last component, depth first: the end of the page. */
const lastId = Object.keys(snapshot.componentTree.nodes).at(-1) as string;
/** What the canvas shows for a heading: its text with the variable's default in place of `{{…}}`. */
const shown = (content: unknown) => String(content).replace(/\{\{\w+\}\}/, 'Ada Lovelace');

const canvas = (page: Page) => panel(page, 'Preview').getByRole('application', { name: 'Canvas' });
const selectedRow = (page: Page) =>
  page.getByRole('tree', { name: 'Components' }).locator('[role="treeitem"][aria-selected="true"]');

async function openBig(page: Page, editor: { url: string; createProject(s: object): Promise<{ meta: { id: string } }> }) {
  const project = await editor.createProject({ ...snapshot, ui: {}, meta: { name: 'Big' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(canvas(page).getByText('Paragraph 0.0 tells', { exact: false })).toBeVisible({ timeout: 60_000 });
}

test('at 10,000 nodes the canvas and the tree hold a bounded number of elements', async ({ page, editor }) => {
  await openBig(page, editor);
  const count = (title: string) => panel(page, title).locator('*').count();
  const [inCanvas, inTree, inDocument] = [await count('Preview'), await count('Component tree'), await page.locator('*').count()];
  console.log(`10,000 nodes: ${inCanvas} elements in the canvas, ${inTree} in the tree, ${inDocument} in the document`);
  expect(inCanvas).toBeLessThan(CANVAS_ELEMENTS_MAX);
  expect(inTree).toBeLessThan(TREE_ELEMENTS_MAX);

  // Scrolled to the very end (as End does, again while the page's height settles), the canvas draws the last
  // component, and still no more elements than that.
  await expect(async () => {
    await canvas(page).evaluate((viewport) => viewport.scrollTo({ top: viewport.scrollHeight }));
    await expect(canvas(page).locator(`[data-node-id="${lastId}"]`)).toBeInViewport({ timeout: 1_000 });
  }).toPass();
  expect(await count('Preview')).toBeLessThan(CANVAS_ELEMENTS_MAX);
});

test('a click on a section scrolled into view selects it, in the tree and the inspector, and outlines it', async ({
  page,
  editor,
}) => {
  await openBig(page, editor);
  // Scrolled as a person would, a wheel at a time, to the end of the page.
  await canvas(page).hover();
  const heading = canvas(page).getByText(shown(lastHeading.props.content), { exact: true });
  for (let i = 0; i < 400 && !(await heading.isVisible()); i++) {
    await canvas(page).evaluate((viewport) => viewport.scrollBy({ top: viewport.scrollHeight / 20 }));
  }
  await heading.scrollIntoViewIfNeeded();
  await heading.click();

  await expect(selectedRow(page)).toContainText(String(lastHeading.props.content));
  await expect(inspector(page).getByRole('textbox', { name: 'Content', exact: true })).toHaveValue(
    String(lastHeading.props.content),
  );
  const outline = panel(page, 'Preview').locator('.canvas-outline.selected');
  await expect(outline).toBeVisible();
  const [box, drawn] = [await heading.boundingBox(), await outline.boundingBox()];
  expect(Math.abs((box?.y ?? 0) - (drawn?.y ?? 0))).toBeLessThan(4);
  await page.screenshot({ path: `${SHOTS}/selected-far-section.png` });

  // Typing in the inspector shows on the canvas at once, far down the page as it is.
  await inspector(page).getByRole('textbox', { name: 'Content', exact: true }).press('End');
  await page.keyboard.type('!');
  await expect(canvas(page).getByText(`${shown(lastHeading.props.content)}!`, { exact: true })).toBeVisible();
});

test('selecting a section far away in the tree scrolls the canvas to it', async ({ page, editor }) => {
  await openBig(page, editor);
  const tree = page.getByRole('tree', { name: 'Components' });
  await tree.getByRole('treeitem').first().click();
  // End selects the tree's last row: a node of the last section, far below the canvas's view.
  await page.keyboard.press('End');
  const selectedId = await selectedRow(page).getAttribute('data-node-id');
  expect(selectedId).toBeTruthy();
  const drawn = canvas(page).locator(`[data-node-id="${selectedId}"]`);
  await expect(drawn).toBeInViewport();
  await expect(panel(page, 'Preview').locator('.canvas-outline.selected')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/selected-from-tree.png` });
});

test('no element as tall as the page has a dashed or dotted edge with rounded corners', async ({ page, editor }) => {
  await openBig(page, editor);
  // Chromium dashes a rounded border or outline as one path along the whole box: each tile a scroll brings into
  // view then costs seconds to paint at 50,000 nodes. Square, each side is cut to the tile.
  const rounded = await canvas(page).evaluate((viewport) => {
    const tall = 20 * viewport.clientHeight;
    const broken = (style: CSSStyleDeclaration, edge: 'border' | 'outline') => {
      const styles =
        edge === 'outline'
          ? [style.outlineStyle]
          : [style.borderTopStyle, style.borderRightStyle, style.borderBottomStyle, style.borderLeftStyle];
      const radii = [
        style.borderTopLeftRadius,
        style.borderTopRightRadius,
        style.borderBottomLeftRadius,
        style.borderBottomRightRadius,
      ];
      return styles.some((s) => s === 'dashed' || s === 'dotted') && radii.some((r) => Number.parseFloat(r) > 0);
    };
    return [viewport, ...viewport.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().height > tall)
      .filter((element) => broken(getComputedStyle(element), 'border') || broken(getComputedStyle(element), 'outline'))
      .map((element) => element.className);
  });
  expect(rounded).toEqual([]);
});

/** The same page kept inside one column container, as many pages are: its children are the sections then. */
function insideOneContainer() {
  const nodes = Object.fromEntries(
    Object.entries(snapshot.componentTree.nodes).map(([id, n]) => [id, n.parentId === null ? { ...n, parentId: 'frame' } : n]),
  );
  nodes.frame = {
    id: 'frame',
    type: 'Container',
    name: 'Frame',
    props: { direction: 'column', gap: 12, padding: 16 },
    children: [...snapshot.componentTree.rootIds],
    parentId: null,
  };
  return { ...snapshot, componentTree: { nodes, rootIds: ['frame'] } };
}

test('a page kept inside one container is drawn section by section too, and selects as it did', async ({ page, editor }) => {
  const project = await editor.createProject({ ...insideOneContainer(), ui: {}, meta: { name: 'Framed' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(canvas(page).getByText('Paragraph 0.0 tells', { exact: false })).toBeVisible({ timeout: 60_000 });
  const count = () => panel(page, 'Preview').locator('*').count();
  const inCanvas = await count();
  console.log(`10,000 nodes inside one container: ${inCanvas} elements in the canvas`);
  expect(inCanvas).toBeLessThan(CANVAS_ELEMENTS_MAX);
  // The sections sit inside the frame's padding, a gap apart, as the container lays out its children.
  const [frame, first, second] = await Promise.all(
    ['frame', ...snapshot.componentTree.rootIds.slice(0, 2)].map((id) =>
      canvas(page).locator(`[data-node-id="${id}"]`).first().boundingBox(),
    ),
  );
  expect(Math.round((first?.y ?? 0) - (frame?.y ?? 0))).toBe(16);
  expect(Math.round((second?.y ?? 0) - ((first?.y ?? 0) + (first?.height ?? 0)))).toBe(12);

  await expect(async () => {
    await canvas(page).evaluate((viewport) => viewport.scrollTo({ top: viewport.scrollHeight }));
    await expect(canvas(page).locator(`[data-node-id="${lastId}"]`)).toBeInViewport({ timeout: 1_000 });
  }).toPass();
  expect(await count()).toBeLessThan(CANVAS_ELEMENTS_MAX);

  // A click far down selects what is under it; Escape climbs to its parents, up to the frame, which is outlined.
  const heading = canvas(page).getByText(shown(lastHeading.props.content), { exact: true });
  await heading.scrollIntoViewIfNeeded();
  await heading.click();
  await expect(selectedRow(page)).toContainText(String(lastHeading.props.content));
  await page.screenshot({ path: `${SHOTS}/framed-far-section.png` });

  // Selected in the tree (Home, the frame; then its first child), the first section is brought back into view.
  const firstPage = snapshot.componentTree.rootIds[0] as string;
  await selectedRow(page).click();
  await page.keyboard.press('Home');
  await expect(selectedRow(page)).toHaveAttribute('data-node-id', 'frame');
  await page.keyboard.press('ArrowDown');
  await expect(selectedRow(page)).toHaveAttribute('data-node-id', firstPage);
  await expect(canvas(page).locator(`[data-node-id="${firstPage}"]`)).toBeInViewport();
});
