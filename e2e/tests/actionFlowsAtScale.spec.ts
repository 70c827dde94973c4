import type { Locator, Page } from '@playwright/test';
import { bigFlowsProject, FLOWS, SECTIONS } from '../support/actionFlowsAtScale.ts';
import { expect, openPanel, test } from '../support/test.ts';

/** Elements inside the Action flows panel, whatever the number of flows and bindings: the rows in view and a few more. */
const PANEL_ELEMENTS_MAX = 800;

// A 10,000-node project takes seconds to open on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function openBigProject(
  page: Page,
  editor: { url: string; createProject: (s: object) => Promise<{ meta: { id: string } }> },
) {
  const project = await editor.createProject(bigFlowsProject());
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  const panel = await openPanel(page, 'Action flows');
  await expect(flowList(panel).getByRole('button', { name: /^Flow 0 / })).toBeVisible();
  return { panel, buttons: SECTIONS };
}

const flowList = (panel: Locator) => panel.getByRole('list', { name: 'Flows' });
const bindingList = (panel: Locator) => panel.getByRole('list', { name: 'Bindings list' });
const elementsIn = (panel: Locator) => panel.locator('*').count();

test('2,000 flows and hundreds of bindings at 10,000 nodes: a few hundred elements, the last rows reached by keyboard', async ({
  page,
  editor,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { panel, buttons } = await openBigProject(page, editor);
  const elements = await elementsIn(panel);
  console.log(`Action flows panel at 10,000 nodes, ${FLOWS} flows, ${buttons} bindings: ${elements} elements`);
  expect(elements).toBeLessThan(PANEL_ELEMENTS_MAX);

  const rows = flowList(panel).getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(FLOWS));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // Keyboard: End from the first flow reaches the last one, focused, with its place in the list.
  await flowList(panel)
    .getByRole('button', { name: /^Flow 0 / })
    .focus();
  await page.keyboard.press('End');
  const last = flowList(panel).getByRole('button', { name: /^Flow 1999 / });
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await expect(last.locator('xpath=..')).toHaveAttribute('aria-posinset', String(FLOWS));
  await page.keyboard.press('ArrowUp');
  await expect(flowList(panel).getByRole('button', { name: /^Flow 1998 / })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('region', { name: 'Flow Flow 1998' })).toBeVisible();

  // Scrolled to the end, the bindings list shows its last rows.
  await bindingList(panel).evaluate((list) => {
    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
  });
  const lastBinding = bindingList(panel).locator(`li[aria-posinset="${buttons}"]`);
  await expect(lastBinding.getByRole('combobox', { name: 'Component' })).toHaveValue(/Continue \d+/);
  // The dock scrolls too: bring the bindings list's end into the page's view.
  await lastBinding.scrollIntoViewIfNeeded();
  await expect(lastBinding).toBeInViewport();
  await expect(lastBinding).toHaveAttribute('aria-setsize', String(buttons));
  expect(await elementsIn(panel)).toBeLessThan(PANEL_ELEMENTS_MAX);
});

test('a search finds a flow far down and a binding by its component, and focuses it', async ({ page, editor }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { panel } = await openBigProject(page, editor);

  const search = panel.getByRole('searchbox', { name: 'Search flows' });
  await search.fill('Flow 1987');
  await expect(panel.getByText(`1 of ${FLOWS.toLocaleString('en')}`)).toBeVisible();
  await search.press('Enter');
  const found = flowList(panel).getByRole('button', { name: /^Flow 1987 / });
  await expect(found).toBeFocused();
  await expect(found.locator('xpath=..')).toHaveAttribute('aria-setsize', '1');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(flowList(panel).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(FLOWS));

  const bindings = panel.getByRole('searchbox', { name: 'Search bindings by component or event' });
  await bindings.fill('Continue 487');
  await expect(panel.getByText(/^1 of \d+$/)).toBeVisible();
  await bindings.press('ArrowDown');
  const picker = bindingList(panel).getByRole('combobox', { name: 'Component' });
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue('Button “Continue 487”');

  await page.screenshot({ path: '/tmp/pw-action-flows/search-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/pw-action-flows/search-dark.png' });
});
