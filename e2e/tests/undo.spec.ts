import type { Page } from '@playwright/test';
import { richSnapshot } from '@psb/contracts/testing';
import { expect, newProject, openPanel, panel, status, test } from '../support/test.ts';

const history = (page: Page) => page.getByRole('group', { name: 'History' });
const undoButton = (page: Page) => history(page).getByRole('button', { name: /^Undo/ });
const redoButton = (page: Page) => history(page).getByRole('button', { name: /^Redo/ });
const tree = (page: Page) => panel(page, 'Component tree').getByRole('tree');
const counts = async (page: Page) => ({
  components: await tree(page).getByRole('treeitem').count(),
  variables: await (await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' }).count(),
  models: await (await openPanel(page, 'Entity models')).getByRole('group').count(),
  flows: await (await openPanel(page, 'Action flows')).getByRole('textbox', { name: 'Name' }).count(),
});

test('edits in all four panels are undone and redone in order, by keyboard and buttons, back to "Saved"', async ({
  page,
  editor,
}) => {
  await newProject(page, editor.url);
  const empty = await counts(page);
  await expect(undoButton(page)).toBeDisabled();
  await panel(page, 'Component tree').getByRole('button', { name: 'Container', exact: true }).click();
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await (await openPanel(page, 'Action flows')).getByRole('button', { name: 'Add flow' }).click();
  const full = {
    components: empty.components + 1,
    variables: empty.variables + 1,
    models: empty.models + 1,
    flows: empty.flows + 1,
  };
  // Polled: a windowed list draws its rows a frame after its panel is shown.
  await expect.poll(() => counts(page)).toEqual(full);
  await expect(status(page)).toHaveText('Unsaved changes');

  await expect(undoButton(page)).toHaveAccessibleName('Undo Add flow');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await counts(page)).flows).toBe(empty.flows);
  await expect(undoButton(page)).toHaveAccessibleName('Undo Add model');
  await expect(redoButton(page)).toHaveAccessibleName('Redo Add flow');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await counts(page)).models).toBe(empty.models);
  await undoButton(page).click();
  await expect.poll(async () => (await counts(page)).variables).toBe(empty.variables);
  await expect(undoButton(page)).toHaveAccessibleName('Undo Add Container');
  await undoButton(page).click();
  await expect.poll(() => counts(page)).toEqual(empty);
  await expect(status(page)).toHaveText('Saved');
  await expect(undoButton(page)).toBeDisabled();

  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await counts(page)).components).toBe(full.components);
  await page.keyboard.press('Control+y');
  await redoButton(page).click();
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => counts(page)).toEqual(full);
  await expect(redoButton(page)).toBeDisabled();
  await expect(status(page)).toHaveText('Unsaved changes');
});

test('deleting a container with its children says so, and Undo brings back the subtree, its binding and its selection', async ({
  page,
  editor,
}) => {
  const project = await editor.createProject({ ...richSnapshot(), meta: { name: 'Portal' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  const bindings = (await openPanel(page, 'Action flows')).getByRole('region', { name: 'Bindings' }).getByRole('listitem');
  const before = await bindings.count();
  await tree(page).getByRole('treeitem', { name: 'Container' }).click();
  await page.keyboard.press('Delete');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(1);
  await expect(bindings).toHaveCount(before - 1);
  const toast = page.getByText('Deleted Container and 2 children');
  await expect(toast).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(tree(page).getByRole('treeitem')).toHaveCount(4);
  await expect(tree(page).getByRole('treeitem', { name: 'Container' })).toHaveAttribute('aria-selected', 'true');
  await expect(bindings).toHaveCount(before);
  await expect(status(page)).toHaveText('Saved');
});

test('a burst of typing in the project name is one step; Ctrl+Z inside a text field is the field’s own', async ({
  page,
  editor,
}) => {
  await newProject(page, editor.url);
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  const variables = (await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' });
  const name = page.getByRole('textbox', { name: 'Project name' });
  const original = await name.inputValue();
  await name.pressSequentially(' draft', { delay: 30 });
  await expect(undoButton(page)).toHaveAccessibleName('Undo Rename project');
  await undoButton(page).click();
  await expect(name).toHaveValue(original);
  await expect(variables).toHaveCount(1);
  await expect(undoButton(page)).toHaveAccessibleName('Undo Add variable');

  await name.press('End');
  await name.pressSequentially(' again', { delay: 30 });
  await name.press('Control+z');
  await expect(variables).toHaveCount(1);
});

test('opening another project starts a new history', async ({ page, editor }) => {
  const other = await editor.createProject({ ...richSnapshot(), meta: { name: 'Other' } });
  await newProject(page, editor.url);
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await expect(undoButton(page)).toBeEnabled();
  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');
  await page.goto(`${editor.url}/projects/${other.meta.id}`);
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Other');
  await expect(undoButton(page)).toBeDisabled();
});
