import type { Locator, Page } from '@playwright/test';
import type { EntityModel } from '@psb/contracts';
import { generateSnapshot } from '../../bench/support/generateSnapshot.ts';
import { expect, openPanel, test } from '../support/test.ts';

/**
 * The generated 10,000-node project has 100 models: too few to show windowing. Its section is replaced with 1,000
 * models of five fields, what a real team's project holds, the last of them with 200 fields.
 */
// A 10,000-node project takes a while to open on a shared CI machine.
test.describe.configure({ timeout: 120_000 });

const MODELS = 1_000;
const WIDE_FIELDS = 200;
/** Elements inside the Entity models panel, whatever the number of models and fields: the cards in view and a few more. */
const PANEL_ELEMENTS_MAX = 1_000;

function bigProject() {
  const snapshot = generateSnapshot(10_000, 'Many models');
  const models: EntityModel[] = Array.from({ length: MODELS }, (_, i) => ({
    id: `m${i}`,
    name: `Model${i}`,
    fields: Array.from({ length: i === MODELS - 1 ? WIDE_FIELDS : 5 }, (_, j) => ({
      id: `m${i}-f${j}`,
      name: `field${j}`,
      type: 'string' as const,
      required: j === 0,
    })),
  }));
  const entityModels = { ids: models.map((m) => m.id), entities: Object.fromEntries(models.map((m) => [m.id, m])) };
  return { ...snapshot, entityModels, ui: {} };
}

async function openBigProject(
  page: Page,
  editor: { url: string; createProject: (s: object) => Promise<{ meta: { id: string } }> },
) {
  const project = await editor.createProject(bigProject());
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  const panel = await openPanel(page, 'Entity models');
  await expect(modelList(panel).getByRole('group', { name: 'Model0' })).toBeVisible({ timeout: 60_000 });
  return panel;
}

const modelList = (panel: Locator) => panel.getByRole('list', { name: 'Models' });
const elementsIn = (panel: Locator) => panel.locator('*').count();

test('1,000 models at 10,000 nodes: a few cards drawn, the last ones reached by scrolling and by keyboard', async ({
  page,
  editor,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = await openBigProject(page, editor);
  const elements = await elementsIn(panel);
  console.log(`Entity models panel at 10,000 nodes, ${MODELS} models: ${elements} elements`);
  expect(elements).toBeLessThan(PANEL_ELEMENTS_MAX);

  const rows = modelList(panel).locator(':scope > li');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(MODELS));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // Scrolled to the end, the list shows its last model, with its place in the list.
  // Cards are measured as they are drawn, which moves the end: scroll until it stays reached.
  const lastCard = modelList(panel).locator(`li[aria-posinset="${MODELS}"]`);
  await expect
    .poll(async () => {
      await scrollToEnd(panel);
      return lastCard.count();
    })
    .toBe(1);
  await expect(lastCard.getByRole('group', { name: `Model${MODELS - 1}` })).toBeVisible();
  // Its 200 fields are windowed too.
  const wideFields = lastCard.getByRole('list', { name: `Fields of Model${MODELS - 1}` }).locator(':scope > li');
  await expect(wideFields.first()).toHaveAttribute('aria-setsize', String(WIDE_FIELDS));
  expect(await wideFields.count()).toBeLessThan(20);
  expect(await elementsIn(panel)).toBeLessThan(PANEL_ELEMENTS_MAX);

  // Keyboard: Ctrl+End from the first model focuses the last; Alt+ArrowUp the one before it.
  await modelList(panel).evaluate((list) => {
    (list.parentElement as HTMLElement).scrollTop = 0;
  });
  const firstName = modelList(panel).getByRole('group', { name: 'Model0' }).getByRole('textbox', { name: 'Name' }).first();
  await firstName.focus();
  await page.keyboard.press('Control+End');
  const lastName = modelList(panel)
    .getByRole('group', { name: `Model${MODELS - 1}` })
    .getByRole('textbox', { name: 'Name' })
    .first();
  await expect(lastName).toBeFocused();
  await expect(lastName).toBeInViewport();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator(':focus')).toHaveValue(`Model${MODELS - 2}`);
});

test('a search finds a model far down and focuses it', async ({ page, editor }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const panel = await openBigProject(page, editor);

  const search = panel.getByRole('searchbox', { name: 'Search models' });
  await expect(panel.getByText('1,000 models')).toBeVisible();
  await search.fill('Model987');
  await expect(panel.getByText('1 of 1,000')).toBeVisible();
  await search.press('Enter');
  const found = modelList(panel).getByRole('group', { name: 'Model987' }).getByRole('textbox', { name: 'Name' }).first();
  await expect(found).toBeFocused();
  await search.press('Escape');
  await expect(search).toHaveValue('');

  await search.fill('Model9');
  await expect(panel.getByText(/^111 of 1,000$/)).toBeVisible();
  const fieldSearch = panel.getByRole('searchbox', { name: `Search fields of Model${MODELS - 1}` });
  await search.fill(`Model${MODELS - 1}`);
  await fieldSearch.fill('field187');
  await expect(panel.getByRole('list', { name: `Fields of Model${MODELS - 1}` }).locator(':scope > li')).toHaveCount(1);
  await expect(panel.getByText('1 of 200')).toBeVisible();

  await page.screenshot({ path: '/tmp/pw-entity-models/search-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/pw-entity-models/search-dark.png' });
});

const scrollToEnd = (panel: Locator) =>
  modelList(panel).evaluate((list) => {
    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
  });
