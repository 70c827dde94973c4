import { richSnapshot } from '@psb/contracts/testing';
import { expect, newProject, openPanel, panel, status, test } from '../support/test.ts';

/*
 * The dock shows one editor at a time and hides the others (display: none). A windowed list in a hidden panel has no
 * height to draw rows in, and its rows measure 0 px: what it draws once shown again is what these tests look at.
 */

test.use({ viewport: { width: 1280, height: 720 } });

test('a binding drawn, hidden behind another tab and shown again, is still drawn', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const flows = await openPanel(page, 'Action flows');
  await flows.getByRole('button', { name: 'Add flow' }).click();
  await panel(page, 'Component tree').getByRole('button', { name: 'Button', exact: true }).click();
  await flows.getByRole('button', { name: 'Add binding' }).click();
  const bindings = flows.getByRole('list', { name: 'Bindings list' });
  await expect(bindings.getByRole('combobox', { name: 'Component' })).toBeVisible();

  await openPanel(page, 'Variables');
  await openPanel(page, 'Action flows');
  await expect(bindings.getByRole('combobox', { name: 'Component' })).toBeVisible();
  await expect(flows.getByRole('list', { name: 'Flows' }).getByRole('listitem')).toHaveCount(1);
});

test('a model and a variable, hidden behind another tab and shown again, are still drawn', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const models = await openPanel(page, 'Entity models');
  await models.getByRole('button', { name: 'Add model' }).click();
  await models.getByRole('button', { name: 'Add field' }).click();
  await expect(models.getByRole('list', { name: /^Fields of / }).getByRole('listitem')).toHaveCount(1);
  const variables = await openPanel(page, 'Variables');
  await variables.getByRole('button', { name: 'Add variable' }).click();
  await expect(variables.getByRole('listbox', { name: 'Variables' }).getByRole('option')).toHaveCount(1);

  await openPanel(page, 'Entity models');
  await expect(models.getByRole('list', { name: 'Models' }).getByRole('group')).toHaveCount(1);
  await expect(models.getByRole('list', { name: /^Fields of / }).getByRole('listitem')).toHaveCount(1);
  await openPanel(page, 'Variables');
  await expect(variables.getByRole('listbox', { name: 'Variables' }).getByRole('option')).toHaveCount(1);
});

test('a model added while its panel is hidden is drawn once shown', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const models = await openPanel(page, 'Entity models');
  await models.getByRole('button', { name: 'Add model' }).click();
  await page.keyboard.press('Control+z');
  await expect(models.getByRole('group')).toHaveCount(0);
  await openPanel(page, 'Action flows');
  await page.keyboard.press('Control+Shift+z'); // the model comes back while its panel is hidden
  await expect(status(page)).toHaveText('Unsaved changes');

  await openPanel(page, 'Entity models');
  await expect(models.getByRole('list', { name: 'Models' }).getByRole('group')).toHaveCount(1);
});

test('variables of a project opened while their panel is hidden are drawn once shown', async ({ page, editor }) => {
  await page.goto(editor.url);
  await expect(status(page)).toHaveText('Saved');
  await openPanel(page, 'Action flows'); // the dock keeps this tab for the project opened next
  const project = await editor.createProject({ ...richSnapshot(), ui: {}, meta: { name: 'Portal' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  await expect(panel(page, 'Variables')).toBeHidden();

  const variables = await openPanel(page, 'Variables');
  const count = Object.keys(richSnapshot().variables.entities).length;
  await expect(variables.getByRole('listbox', { name: 'Variables' }).getByRole('option')).toHaveCount(count);
});
