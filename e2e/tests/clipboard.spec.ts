import type { Page } from '@playwright/test';
import { richSnapshot } from '@psb/contracts/testing';
import { RICH_ROWS } from '../support/richRows.ts';
import { expect, inspector, openPanel, panel, test } from '../support/test.ts';

const { title: TITLE, greet: GREET, footer: FOOTER } = RICH_ROWS;

const tree = (page: Page) => panel(page, 'Component tree').getByRole('tree');
const rows = (page: Page) => tree(page).getByRole('treeitem');
const item = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });
const message = (page: Page) => panel(page, 'Component tree').getByRole('status');
/** Each row as "level:name", top to bottom. */
const outline = (page: Page) =>
  rows(page).evaluateAll((items) => items.map((row) => `${row.getAttribute('aria-level')}:${row.getAttribute('aria-label')}`));
const nodeIds = (page: Page) => rows(page).evaluateAll((items) => items.map((row) => row.getAttribute('data-node-id')));

/** A second project with a text only: no flows, no variables. */
function bareProject() {
  const snapshot = richSnapshot();
  return {
    ...snapshot,
    meta: { name: 'Bare' },
    componentTree: { nodes: { intro: { ...snapshot.componentTree.nodes.footer, id: 'intro' } }, rootIds: ['intro'] },
    variables: { ids: [], entities: {} },
    actionFlows: { flows: {}, bindings: [] },
    ui: {},
  };
}

test('a container copied in one project is pasted in another tab with its children, new ids, and its binding marked missing', async ({
  page,
  context,
  editor,
}) => {
  test.slow(); // two tabs, each loading the editor and its remotes, and two saves
  const source = await editor.createProject({ ...richSnapshot(), meta: { name: 'Source' } });
  const target = await editor.createProject(bareProject());
  await page.goto(`${editor.url}/projects/${source.meta.id}`);
  await item(page, 'Container').click();
  await page.keyboard.press('Control+c');
  await expect(message(page)).toHaveText('Copied Container and 2 children.');

  const other = await context.newPage();
  await other.goto(`${editor.url}/projects/${target.meta.id}`);
  await item(other, FOOTER).click();
  await other.keyboard.press('Control+v');
  await expect.poll(() => outline(other)).toEqual([`1:${FOOTER}`, '1:Container', `2:${TITLE}`, `2:${GREET}`]);
  await expect(item(other, 'Container')).toHaveAttribute('aria-selected', 'true');
  const ids = await nodeIds(other);
  expect(ids.filter((id) => ['page', 'title', 'greet'].includes(id as string))).toEqual([]);
  expect(new Set(ids).size).toBe(4);
  await expect(message(other)).toHaveText(
    'Pasted Container and 2 children. A binding runs a flow this project does not have: it is marked missing under Bindings; choose a flow for it or delete it to save. ' +
      'Not a variable in this project: userName.',
  );

  // The binding came along, pointing at the pasted button, and says that its flow is missing.
  const bindings = (await openPanel(other, 'Action flows')).getByRole('region', { name: 'Bindings' });
  await expect(bindings.getByRole('combobox', { name: 'Flow' })).toHaveValue('⚠ missing flow');
  await expect(bindings.getByRole('combobox', { name: 'Component' })).toHaveValue('Button “Greet”');
  await expect(bindings.getByText('This binding is broken: its flow no longer exists.')).toBeVisible();
  // The pasted heading names a variable this project lacks: the inspector says so where it is used.
  await rows(other).nth(2).click();
  await expect(inspector(other).getByText('Not a variable: userName.')).toBeVisible();
  await expect(other.getByRole('status').first()).toHaveText('Unsaved changes');

  // A binding must run a flow of the project to save: refused until it does or is deleted, as the message says.
  await other.keyboard.press('Control+s');
  const refused = other.getByRole('alertdialog', { name: 'This project cannot be saved: it is invalid' });
  await expect(refused.getByText(/No flow with id "flow-greet"/)).toBeVisible();
  await refused.getByRole('button', { name: 'OK' }).click();
  await bindings.getByRole('button', { name: 'Delete binding' }).click();
  await other.keyboard.press('Control+s');
  await expect(other.getByRole('status').first()).toHaveText('Saved');
  const stored = await editor.getProject(target.meta.id);
  expect(Object.keys(stored.componentTree.nodes).sort()).toEqual([...ids].sort());
});

test('cut and paste moves a subtree, Ctrl+D duplicates, and text that is not components is not pasted', async ({
  page,
  editor,
}) => {
  const project = await editor.createProject({ ...richSnapshot(), meta: { name: 'Keys' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await item(page, GREET).click();
  await page.keyboard.press('Control+d');
  await expect.poll(() => outline(page)).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, `2:${GREET}`, `1:${FOOTER}`]);
  await expect(rows(page).nth(3)).toHaveAttribute('aria-selected', 'true');

  await item(page, 'Container').click();
  await page.keyboard.press('Control+x');
  await expect.poll(() => outline(page)).toEqual([`1:${FOOTER}`]);
  await expect(message(page)).toHaveText('Cut Container and 3 children.');
  await item(page, FOOTER).click();
  await page.keyboard.press('Control+v');
  await expect.poll(() => outline(page)).toEqual([`1:${FOOTER}`, '1:Container', `2:${TITLE}`, `2:${GREET}`, `2:${GREET}`]);
  // Cut and pasted within one project, the binding finds its flow: nothing is missing.
  await expect(message(page)).toHaveText('Pasted Container and 3 children.');
  await expect((await openPanel(page, 'Action flows')).getByText('⚠ missing flow')).toHaveCount(0);

  // The host's history names each step as the tree describes it, and takes them back and makes them again.
  const history = page.getByRole('group', { name: 'History' });
  const undo = history.getByRole('button', { name: /^Undo/ });
  const redo = history.getByRole('button', { name: /^Redo/ });
  await expect(undo).toHaveAccessibleName('Undo Paste Container');
  await undo.click();
  await expect(undo).toHaveAccessibleName('Undo Cut Container');
  await undo.click();
  await expect.poll(() => outline(page)).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, `2:${GREET}`, `1:${FOOTER}`]);
  await expect(undo).toHaveAccessibleName('Undo Duplicate Button');
  await redo.click();
  await redo.click();
  await expect.poll(() => outline(page)).toEqual([`1:${FOOTER}`, '1:Container', `2:${TITLE}`, `2:${GREET}`, `2:${GREET}`]);

  // Plain text on the clipboard (cut from a field, which keeps its own cut and paste): the tree does not paste it.
  await rows(page).first().click();
  const content = inspector(page).getByRole('textbox', { name: 'Content' });
  await content.fill('Plain words');
  await content.selectText();
  await page.keyboard.press('Control+x');
  await expect(content).toHaveValue('');
  await rows(page).first().click();
  await page.keyboard.press('Control+v');
  await page.waitForTimeout(200);
  expect(await outline(page)).toEqual(['1:Text', '1:Container', `2:${TITLE}`, `2:${GREET}`, `2:${GREET}`]);
  await content.click();
  await page.keyboard.press('Control+v');
  await expect(content).toHaveValue('Plain words');
});
