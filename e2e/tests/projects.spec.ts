import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { WORK } from '../support/paths.ts';
import { expect, panel, test } from '../support/test.ts';

// Telling projects apart, and errors shown where they happen: issue 25, items 3 and 4.

test.use({ viewport: { width: 1280, height: 720 } });

const status = (page: Page) => page.getByRole('status').first();
const projectName = (page: Page) => page.getByRole('textbox', { name: 'Project name' });

/** A project of the rich fixture under this name, stored through the API. */
const stored = (editor: { createProject(s: object): Promise<Snapshot> }, name: string, change = (_s: Snapshot) => {}) => {
  const snapshot = richSnapshot();
  change(snapshot);
  return editor.createProject({ ...snapshot, meta: { name } });
};

/** A file of the rich fixture after `change`, to import. */
async function fileOf(name: string, change: (s: Snapshot) => void = () => {}) {
  const snapshot = richSnapshot();
  change(snapshot);
  const file = path.join(WORK, `${name}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(snapshot));
  return file;
}

test('the project list marks the open one, tells equal names apart and filters by name as one types', async ({
  page,
  editor,
}) => {
  const first = await stored(editor, 'Landing page');
  const second = await stored(editor, 'Landing page', (s) =>
    Object.assign(s.variables.entities['v-name'] as object, { defaultValue: 'a default long enough to change the size' }),
  );
  await stored(editor, 'Pricing');
  await page.goto(`${editor.url}/projects/${second.meta.id}`);
  await expect(status(page)).toHaveText('Saved');

  await page.getByRole('button', { name: 'Open project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  const rows = dialog.getByRole('list', { name: 'Projects' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  const open = rows.filter({ hasText: '(open)' });
  await expect(open).toHaveCount(1);
  await expect(open).toHaveAttribute('aria-current', 'true');
  await expect(open).toContainText(second.meta.id.slice(0, 8));
  // The two of one name differ by their short ids and sizes.
  const other = rows.filter({ hasText: first.meta.id.slice(0, 8) });
  await expect(other).toContainText('Landing page');
  await expect(other).not.toContainText('(open)');
  await expect(other).toContainText(/\d+(\.\d)? KB/);

  const filter = dialog.getByRole('searchbox', { name: 'Filter projects by name' });
  await filter.pressSequentially('pri');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Pricing');
  await filter.fill('LANDING');
  await expect(rows).toHaveCount(2);
  await filter.fill('nothing like it');
  await expect(rows).toHaveCount(0);
  await expect(dialog).toContainText('No project’s name contains “nothing like it”.');
  await filter.fill('');
  await expect(rows).toHaveCount(3);

  await other.getByRole('button', { name: 'Landing page', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(first.meta.id));
});

test('New project asks for a name: Cancel stores nothing, Enter accepts the default, a typed name is used', async ({
  page,
  editor,
}) => {
  await page.goto(editor.url);
  await expect(status(page)).toHaveText('Saved');
  const before = await editor.listProjects();

  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Untitled project');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await editor.listProjects()).toEqual(before);

  const first = page.url();
  await page.getByRole('button', { name: 'New project' }).click();
  await name.press('Enter');
  await expect(page).not.toHaveURL(first);
  await expect(projectName(page)).toHaveValue('Untitled project');
  await expect(status(page)).toHaveText('Saved');

  const second = page.url();
  await page.getByRole('button', { name: 'New project' }).click();
  // The default comes selected: typing replaces it.
  await page.keyboard.type('Launch plan');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(second);
  await expect(projectName(page)).toHaveValue('Launch plan');
  expect((await editor.listProjects()).map((p) => p.name).sort()).toEqual(
    [...before.map((p) => p.name), 'Launch plan', 'Untitled project'].sort(),
  );
});

test('an import says which name it was stored under, marked only when that name is taken', async ({ page, editor }) => {
  const original = await stored(editor, 'Landing page');
  await page.goto(`${editor.url}/projects/${original.meta.id}`);
  await expect(status(page)).toHaveText('Saved');

  await page
    .locator('input[type=file]')
    .setInputFiles(await fileOf('landing', (s) => Object.assign(s.meta, { name: 'Landing page' })));
  await expect(page.getByText('Imported as “Landing page (imported)”')).toBeVisible();
  await expect(projectName(page)).toHaveValue('Landing page (imported)');
  await expect(page).not.toHaveURL(new RegExp(original.meta.id));

  await page
    .locator('input[type=file]')
    .setInputFiles(await fileOf('pricing', (s) => Object.assign(s.meta, { name: 'Pricing' })));
  await expect(page.getByText('Imported as “Pricing”')).toBeVisible();
  await expect(projectName(page)).toHaveValue('Pricing');
});

test('an invalid import lists a dangling reference beside a structural problem of the same tree', async ({ page, editor }) => {
  const project = await stored(editor, 'Landing page');
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  const url = page.url();
  const before = await editor.listProjects();

  const file = await fileOf('broken', (s) => {
    s.componentTree.rootIds.push('ghost');
    Object.assign(s.componentTree.nodes.footer as object, { name: 42 });
  });
  await page.locator('input[type=file]').setInputFiles(file);
  const alert = page.getByRole('alertdialog', { name: 'This file cannot be imported' });
  await expect(alert).toContainText('2 problems');
  await expect(alert).toContainText('/componentTree/nodes/footer/name');
  await expect(alert).toContainText('/componentTree/rootIds/2');
  await expect(alert).toContainText('No node with id "ghost".');
  await alert.getByRole('button', { name: 'OK' }).click();
  expect(page.url()).toBe(url);
  expect(await editor.listProjects()).toEqual(before);
});

test('an expression that cannot be parsed is flagged in the inspector, where and what was expected, and marked on the canvas', async ({
  page,
  editor,
}) => {
  const project = await stored(editor, 'Expressions', (s) => {
    s.componentTree = {
      rootIds: ['greeting'],
      nodes: {
        greeting: { id: 'greeting', type: 'Text', props: { content: 'Count: {{count +}}' }, children: [], parentId: null },
      },
    };
    s.actionFlows.bindings = [];
  });
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  await panel(page, 'Component tree').getByRole('treeitem').first().click();

  const content = page.getByRole('textbox', { name: 'Content' });
  await expect(content).toHaveValue('Count: {{count +}}');
  await expect(
    page.getByText('Cannot read {{count +}} at character 17: Unexpected end of expression: expected a value.'),
  ).toBeVisible();
  const canvas = panel(page, 'Preview');
  await expect(canvas.getByText('Count: [⚠ count +]')).toBeVisible();
  await expect(canvas.getByText('{{count +}}')).toHaveCount(0);

  await content.fill('Hi {{foo()}}');
  await expect(page.getByText('Cannot read {{foo()}} at character 6: Function calls are not allowed.')).toBeVisible();
  await expect(canvas.getByText('Hi [⚠ foo()]')).toBeVisible();

  await content.fill('Hi {{count}}');
  await expect(page.getByText(/Cannot read/)).toHaveCount(0);
});

test('a blank project name says why Save is disabled', async ({ page, editor }) => {
  const project = await stored(editor, 'Landing page');
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  const save = page.getByRole('button', { name: 'Save', exact: true });

  await projectName(page).fill('   ');
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute('title', 'Name the project to save it');
  await expect(save).toHaveAccessibleDescription('Name the project to save it');
  await expect(page.getByText('Name the project to save it')).toBeVisible();

  await projectName(page).fill('Landing page, renamed');
  await expect(save).toBeEnabled();
  await expect(page.getByText('Name the project to save it')).toHaveCount(0);
});
