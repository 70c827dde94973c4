import type { Page } from '@playwright/test';
import { richSnapshot } from '@psb/contracts/testing';
import { expect, inspector, openPanel, panel, test } from '../support/test.ts';

const preview = (page: Page) => panel(page, 'Preview');

/** Types into a box that commits on Enter. */
async function enter(box: ReturnType<Page['getByRole']>, text: string) {
  await box.fill(text);
  await box.press('Enter');
}

test('a model, a variable, a flow bound to a button: clicking it three times shows 3, before and after reload', async ({
  page,
  editor,
}) => {
  await page.goto(editor.url);
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  const first = page.url();
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog', { name: 'New project' }).getByRole('textbox').press('Enter'); // its default name
  await expect(page).not.toHaveURL(first);

  // The data model: Customer { name: string (required), tier: enum gold | silver }.
  const models = await openPanel(page, 'Entity models');
  await models.getByRole('button', { name: 'Add model' }).click();
  await enter(models.getByRole('textbox', { name: 'Name' }).last(), 'Customer');
  const customer = models.getByRole('group', { name: 'Customer' });
  await customer.getByRole('button', { name: 'Add field' }).click();
  await enter(customer.getByRole('textbox', { name: 'Name' }).last(), 'name');
  await customer.getByRole('checkbox', { name: 'Required' }).last().check();
  await customer.getByRole('button', { name: 'Add field' }).click();
  await enter(customer.getByRole('textbox', { name: 'Name' }).last(), 'tier');
  await customer.getByRole('combobox', { name: 'Type' }).last().selectOption('enum');
  await enter(customer.getByRole('textbox', { name: 'Value' }).first(), 'gold');
  await customer.getByRole('button', { name: 'Add value' }).click();
  await enter(customer.getByRole('textbox', { name: 'Value' }).last(), 'silver');

  // The variable: count, a number starting at 0.
  const variables = await openPanel(page, 'Variables');
  await variables.getByRole('button', { name: 'Add variable' }).click();
  await enter(variables.getByRole('textbox', { name: 'Name' }), 'count');
  await variables.getByRole('combobox', { name: 'Type' }).selectOption('number');
  await expect(variables.getByRole('spinbutton', { name: 'Default value' })).toHaveValue('0');

  // The flow: Increment sets count to {{count + 1}}.
  const flows = await openPanel(page, 'Action flows');
  await flows.getByRole('button', { name: 'Add flow' }).click();
  await flows.getByRole('textbox', { name: 'Name' }).fill('Increment');
  await flows.getByRole('combobox', { name: 'Step kind' }).selectOption('setVariable');
  await flows.getByRole('button', { name: 'Add step' }).click();
  // Variables are picked by typing part of the name, then clicking it in the list.
  const variable = flows.getByRole('combobox', { name: 'Variable' });
  await variable.fill('cou');
  await flows.getByRole('option', { name: 'count' }).click();
  await expect(variable).toHaveValue('count');
  await flows.getByRole('textbox', { name: 'Value' }).fill('{{count + 1}}');

  // The page: a Text showing {{count}} and a Button bound to Increment.
  const components = panel(page, 'Component tree');
  await components.getByRole('button', { name: 'Text', exact: true }).click();
  await inspector(page).getByRole('textbox', { name: 'Content' }).fill('Count: {{count}}');
  await components.getByRole('button', { name: 'Button', exact: true }).click();
  await inspector(page).getByRole('textbox', { name: 'Label' }).fill('Add one');
  await flows.getByRole('button', { name: 'Add binding' }).click();
  await expect(flows.getByRole('combobox', { name: 'Component' })).toHaveValue(/.+/);
  await expect(flows.getByRole('combobox', { name: 'Flow' })).toHaveValue(/.+/);

  const clickThrice = async () => {
    await expect(preview(page).getByText('Count: 0')).toBeVisible();
    // On the canvas a click selects (Edit mode); in Preview mode it runs the button's flow.
    await preview(page).getByRole('button', { name: 'Preview', exact: true }).click();
    for (let i = 0; i < 3; i++) await preview(page).getByRole('button', { name: 'Add one' }).click();
    await expect(preview(page).getByText('Count: 3')).toBeVisible();
  };
  await clickThrice();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  await page.reload();
  await openPanel(page, 'Entity models');
  await expect(models.getByRole('group', { name: 'Customer' }).getByRole('textbox', { name: 'Value' })).toHaveCount(2);
  await clickThrice();
  const stored = await editor.getProject(page.url().split('/').at(-1) as string);
  const model = Object.values(stored.entityModels.entities)[0];
  expect(model?.fields).toMatchObject([
    { name: 'name', type: 'string', required: true },
    { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
  ]);
  expect(Object.values(stored.variables.entities)).toMatchObject([{ name: 'count', type: 'number', defaultValue: 0 }]);
});

test('a menu lists its choices once focused: a reference re-pointed by keyboard and by mouse, then shown as missing', async ({
  page,
  editor,
}) => {
  const snapshot = richSnapshot();
  snapshot.entityModels.ids.push('m-invoice');
  snapshot.entityModels.entities['m-invoice'] = { id: 'm-invoice', name: 'Invoice', fields: [] };
  const project = await editor.createProject({ ...snapshot, meta: { name: 'Pickers' } });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  const models = await openPanel(page, 'Entity models');
  const menu = models.getByRole('group', { name: 'Order' }).getByRole('combobox', { name: 'Model' });

  // Closed, the menu holds just its value; focused, every other model.
  await expect(menu).toHaveValue('m-customer');
  await expect(menu.locator('option')).toHaveText(['Customer']);
  await menu.focus();
  await expect(menu.locator('option')).toHaveText(['Customer', 'Invoice']);
  await page.keyboard.press('ArrowDown');
  await expect(menu).toHaveValue('m-invoice');

  // A click focuses it too, so the list it opens has every model.
  await models.getByRole('button', { name: 'Add model' }).focus();
  await expect(menu.locator('option')).toHaveText(['Invoice']);
  await menu.click();
  await expect(menu.locator('option')).toHaveText(['Customer', 'Invoice']);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveValue('m-customer');

  await models.getByRole('button', { name: 'Delete model Customer' }).click();
  await models.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(menu).toHaveValue('m-customer');
  await expect(menu).toHaveAccessibleDescription('→ missing model: pick one to re-point it.');
  await expect(menu.locator('option')).toHaveText(['→ missing model']);
});
