import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { WORK } from '../support/paths.ts';
import { expect, inspector, newProject, openPanel, panel, status, test } from '../support/test.ts';

const sectionsOf = ({ schemaVersion: _s, meta: _m, ...sections }: Snapshot) => sections;

/** Renames the last entry of a panel through its Name box. */
async function renameLast(page: Page, title: string, name: string) {
  // The component tree's Name box is in the inspector, beside the canvas.
  const region = title === 'Component tree' ? inspector(page) : await openPanel(page, title);
  const box = region.getByRole('textbox', { name: 'Name' }).last();
  await box.fill(name);
  await box.press('Enter');
}

test('a project edited in all four panels, saved, comes back whole after a reload', async ({ page, editor }) => {
  await newProject(page, editor.url);
  await page.getByRole('textbox', { name: 'Project name' }).fill('Storefront');
  await panel(page, 'Component tree').getByRole('button', { name: 'Container', exact: true }).click();
  await renameLast(page, 'Component tree', 'Hero');
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await renameLast(page, 'Variables', 'userName');
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await renameLast(page, 'Entity models', 'Customer');
  await (await openPanel(page, 'Action flows')).getByRole('button', { name: 'Add flow' }).click();
  await renameLast(page, 'Action flows', 'Increment');
  await expect(status(page)).toHaveText('Unsaved changes');

  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Storefront');
  await expect(inspector(page).getByRole('textbox', { name: 'Name' })).toHaveValue('Hero');
  await expect((await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' })).toHaveValue('userName');
  await expect((await openPanel(page, 'Entity models')).getByRole('textbox', { name: 'Name' })).toHaveValue('Customer');
  await expect((await openPanel(page, 'Action flows')).getByRole('textbox', { name: 'Name' })).toHaveValue('Increment');
  await expect(status(page)).toHaveText('Saved');

  // Undoing an edit by hand is no change at all.
  await renameLast(page, 'Variables', 'firstName');
  await expect(status(page)).toHaveText('Unsaved changes');
  await renameLast(page, 'Variables', 'userName');
  await expect(status(page)).toHaveText('Saved');
});

test('the editors wait for the first project to open, so nothing edited before is lost', async ({ page, editor }) => {
  // A slow server at start: the project the editor creates is held back until the checks below are done.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/projects', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.goto(editor.url);
  const models = await openPanel(page, 'Entity models');
  await expect(models).toContainText('Loading…');
  await expect(models.getByRole('button', { name: 'Add model' })).toHaveCount(0);
  release();
  await models.getByRole('button', { name: 'Add model' }).click();
  await expect(models.getByRole('group')).toHaveCount(1);
  await expect(status(page)).toHaveText('Unsaved changes');
});

test('export, then import the file: a new project with the same sections', async ({ page, editor }) => {
  const original = await editor.createProject({ ...richSnapshot(), meta: { name: 'Customer portal' } });
  await page.goto(`${editor.url}/projects/${original.meta.id}`);
  await expect((await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' }).first()).toHaveValue('userName');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toBe('Customer portal.snapshot.json');
  const file = path.join(WORK, `export-${original.meta.id}.json`);
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);

  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page).not.toHaveURL(new RegExp(original.meta.id));
  const importedId = page.url().split('/').at(-1) as string;
  const imported = await editor.getProject(importedId);
  expect(sectionsOf(imported)).toEqual(sectionsOf(original));
  // A project of that name exists (the original): the copy says it was imported.
  expect(imported.meta.name).toBe('Customer portal (imported)');
  await expect(status(page)).toHaveText('Saved');
});

test('a file with 50,000 problems lists the first 100 and says there are more', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const broken = richSnapshot();
  broken.componentTree.rootIds = broken.componentTree.rootIds.concat(Array.from({ length: 50_000 }, (_, i) => `ghost${i}`));
  const file = path.join(WORK, `many-problems-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(broken));

  await page.locator('input[type=file]').setInputFiles(file);
  const alert = page.getByRole('alertdialog', { name: 'This file cannot be imported' });
  await expect(alert).toContainText('More than 100 problems');
  await expect(alert.getByRole('listitem')).toHaveCount(100);
  await expect(alert).toContainText('…and more, not listed.');
  await alert.getByRole('button', { name: 'OK' }).click();
});

test('an invalid file lists every problem and changes nothing', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const url = page.url();
  const broken = richSnapshot();
  broken.meta.name = '';
  broken.componentTree.rootIds.push('ghost');
  (broken.variables.entities['v-count'] as { defaultValue: unknown }).defaultValue = 'many';
  const file = path.join(WORK, `invalid-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(broken));
  const before = await editor.listProjects();

  await page.locator('input[type=file]').setInputFiles(file);
  const alert = page.getByRole('alertdialog', { name: 'This file cannot be imported' });
  await expect(alert).toContainText('3 problems');
  for (const where of ['/meta/name', '/componentTree/rootIds/2', '/variables/entities/v-count/defaultValue'])
    await expect(alert).toContainText(where);
  await alert.getByRole('button', { name: 'OK' }).click();
  expect(page.url()).toBe(url);
  expect(await editor.listProjects()).toEqual(before);

  await writeFile(file, 'this is not { json');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('alertdialog', { name: 'This file is not JSON' })).toBeVisible();
});

test('a file from a newer editor is refused, naming its version', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const url = page.url();
  const file = path.join(WORK, `newer-${Date.now()}.json`);
  await writeFile(file, JSON.stringify({ ...richSnapshot(), schemaVersion: 99 }));
  await page.locator('input[type=file]').setInputFiles(file);
  const alert = page.getByRole('alertdialog', { name: 'This file is too new for this editor' });
  await expect(alert).toContainText('snapshot version 99; this editor reads up to version 1');
  await expect(alert).toContainText('The open project was not changed.');
  expect(page.url()).toBe(url);
});

test('with the API down while saving: a toast, the edits stay, Export works, and Save works once it is back', async ({
  page,
  editor,
}) => {
  await newProject(page, editor.url);
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await renameLast(page, 'Variables', 'cartTotal');
  await editor.kill();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/could not be saved: the server cannot be reached/)).toBeVisible();
  // The edit's draft is written in this browser within a second or two, whether before the failed save or after.
  await expect(status(page)).toHaveText('Offline — changes kept in this browser');
  await expect((await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' })).toHaveValue('cartTotal');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).first().click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Snapshot;
  expect(Object.values(exported.variables.entities).map((v) => v.name)).toEqual(['cartTotal']);

  await editor.restart();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved');
  const stored = await editor.getProject(page.url().split('/').at(-1) as string);
  expect(Object.values(stored.variables.entities).map((v) => v.name)).toEqual(['cartTotal']);
});

test('two tabs saving one project: the second gets the conflict dialog, and nothing is lost', async ({
  page,
  context,
  editor,
}) => {
  await newProject(page, editor.url);
  const id = page.url().split('/').at(-1) as string;
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(status(other)).toHaveText('Saved');

  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await renameLast(page, 'Entity models', 'Mine');
  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');

  await (await openPanel(other, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await renameLast(other, 'Entity models', 'Theirs');
  await other.keyboard.press('Control+s');
  const conflict = other.getByRole('alertdialog', { name: 'Someone else saved this project' });
  for (const choice of ['Reload', 'Save as copy', 'Overwrite'])
    await expect(conflict.getByRole('button', { name: choice })).toBeVisible();

  const projectsBefore = await editor.listProjects();
  await conflict.getByRole('button', { name: 'Overwrite' }).click();
  await expect(status(other)).toHaveText('Saved');
  const stored = await editor.getProject(id);
  expect(Object.values(stored.entityModels.entities).map((m) => m.name)).toEqual(['Theirs']);
  // Theirs stays in the project's history (issue 27), not in a project of its own.
  expect((await editor.listProjects()).map((p) => p.id).sort()).toEqual(projectsBefore.map((p) => p.id).sort());
  const [, kept] = (await (await fetch(`${editor.url}/api/projects/${id}/revisions`)).json()) as { rev: number }[];
  const theirs = (await (await fetch(`${editor.url}/api/projects/${id}/revisions/${kept?.rev}`)).json()) as Snapshot;
  expect(Object.values(theirs.entityModels.entities).map((m) => m.name)).toEqual(['Mine']);
});

test('a remote down while saving: its section comes back unchanged from the server', async ({ page, editor }) => {
  const original = await editor.createProject({ ...richSnapshot(), meta: { name: 'Customer portal' } });
  await page.route('**/remotes/variables/mf-manifest.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto(`${editor.url}/projects/${original.meta.id}`);
  await expect(await openPanel(page, 'Variables')).toContainText('unavailable');
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');

  const stored = await editor.getProject(original.meta.id);
  expect(stored.variables).toEqual(original.variables);
  expect(Object.keys(stored.entityModels.entities)).toHaveLength(3);
  expect(stored.meta.updatedAt > original.meta.updatedAt).toBe(true);
});

test('the Projects dialog lists projects newest first, opens one, and moves one to the trash', async ({ page, editor }) => {
  const older = await editor.createProject({ ...richSnapshot(), meta: { name: 'Older project' } });
  const newer = await editor.createProject({ ...richSnapshot(), meta: { name: 'Newer project' } });
  await page.goto(`${editor.url}/projects/${older.meta.id}`);
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Older project');

  await page.getByRole('button', { name: 'Open project' }).click();
  const projects = page.getByRole('dialog', { name: 'Projects' });
  await expect(projects.getByRole('listitem')).toHaveText([/^Newer project/, /^Older project/]);
  await projects.getByRole('button', { name: 'Newer project', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${newer.meta.id}$`));
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Newer project');

  // Delete moves it to the trash without asking (issue 27: versions.spec.ts has its Undo and the trash).
  await page.getByRole('button', { name: 'Open project' }).click();
  await projects.getByRole('button', { name: 'Delete Older project' }).click();
  await expect(projects.getByRole('status')).toContainText('Moved “Older project” to trash');
  await expect(projects.getByRole('list', { name: 'Projects' }).getByRole('listitem')).toHaveText([/^Newer project/]);
  expect((await editor.listProjects()).map((p) => p.name)).toEqual(['Newer project']);

  // Going Back follows the URL to the project opened before: deleted now, which is said, and nothing changes.
  await projects.getByRole('button', { name: 'Close' }).click();
  await page.goBack();
  await expect(page.getByText(`The project could not be opened: There is no project with id "${older.meta.id}".`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Newer project');
});

test('leaving with unsaved changes asks first', async ({ page, editor }) => {
  await newProject(page, editor.url);
  await page.getByRole('textbox', { name: 'Project name' }).fill('Not saved yet');
  await expect(status(page)).toHaveText('Unsaved changes');
  const asked = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
});

test('dropping an exported file on the editor imports it', async ({ page, editor }) => {
  await newProject(page, editor.url);
  const before = await editor.listProjects();
  const text = JSON.stringify({ ...richSnapshot(), meta: { name: 'Dropped in' } });
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.snapshot.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('Dropped in');
  await expect((await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' }).first()).toHaveValue('userName');
  const after = await editor.listProjects();
  expect(after).toHaveLength(before.length + 1);
  expect(after[0]?.name).toBe('Dropped in');
});
