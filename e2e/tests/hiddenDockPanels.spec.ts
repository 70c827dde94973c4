import { expect, newProject, openPanel, panel, test } from '../support/test.ts';

/*
 * The dock shows one editor at a time and hides the others (display: none). A windowed list in a hidden panel has no
 * height to draw rows in, and its rows measure 0 px: what it draws once shown again is what these tests look at.
 */

test('a binding drawn, hidden behind another tab and shown again, is still drawn', async ({ page, editor }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
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
