import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { expect, openPanel, panel, status, test } from '../support/test.ts';

// Version history and the trash, in the editor: issue 27, items 3 and 4.

test.use({ viewport: { width: 1280, height: 720 } });

const SHOTS = '/tmp/pw-versions-shots';
const canvas = (page: Page) => panel(page, 'Preview').getByRole('application', { name: 'Canvas' });
const history = (page: Page) => page.getByRole('region', { name: 'Version history' });
const versionRows = (page: Page) => history(page).getByRole('list', { name: 'Versions' }).getByRole('listitem');
const undoButton = (page: Page) => page.getByRole('group', { name: 'History' }).getByRole('button', { name: /^Undo/ });
const heading = (snapshot: Snapshot) => snapshot.componentTree.nodes.title?.props.content;

/** The versions the server keeps of a project, newest first. */
async function storedVersions(url: string, id: string): Promise<{ rev: number; name: string }[]> {
  const response = await fetch(`${url}/api/projects/${id}/revisions`);
  expect(response.ok).toBe(true);
  return response.json();
}

test('three saves; History lists them; the first is viewed read-only, exported, restored, and the restore undone', async ({
  page,
  editor,
}) => {
  const project = await editor.createProject({ ...richSnapshot(), ui: {}, meta: { name: 'Portal' } });
  const id = project.meta.id;
  await page.goto(`${editor.url}/projects/${id}`);
  await expect(canvas(page).getByText('Hello Ada')).toBeVisible({ timeout: 30_000 });

  // Three saves, each of another heading.
  await panel(page, 'Component tree').getByRole('tree').getByRole('treeitem').nth(1).click();
  const content = page.getByRole('textbox', { name: 'Content' });
  for (const words of ['First', 'Second', 'Third']) {
    await content.fill(words);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(status(page)).toHaveText('Saved');
  }
  await expect(canvas(page).getByText('Third', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('button', { name: 'History', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(versionRows(page)).toHaveCount(4);
  await expect(versionRows(page).first()).toContainText('Current');
  await expect(versionRows(page).first()).toContainText(/\d+(\.\d)? KB/);

  // The first save, read-only on the canvas, with what restoring it would change; the editors around are set aside.
  await versionRows(page).nth(2).getByRole('button').click();
  const viewing = page.getByRole('region', { name: /^Viewing version of [\d:, \w]+ — read only$/ });
  await expect(viewing.getByText('First', { exact: true })).toBeVisible();
  await expect(viewing.locator('.preview-page')).toHaveAttribute('inert', '');
  await expect(panel(page, 'Preview')).toHaveCount(0);
  await expect(page.locator('.workspace-sidebar.left')).toHaveAttribute('inert', '');
  const differences = history(page).getByRole('region', { name: 'Restoring it would change' });
  await expect(differences).toContainText('Component tree');
  await expect(versionRows(page).nth(2).getByRole('button')).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: `${SHOTS}/history-viewing.png` });

  // Exported as the very bytes stored.
  const downloading = page.waitForEvent('download');
  await viewing.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Portal (version 2).snapshot.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Snapshot;
  expect(heading(exported)).toBe('First');

  // Restored once asked: the server stores it as a new version, and the editor opens it.
  await viewing.getByRole('button', { name: 'Restore this version' }).click();
  const confirm = page.getByRole('alertdialog', { name: /^Restore the version of/ });
  await expect(confirm).toContainText('every other version stays in the history');
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(canvas(page).getByText('First', { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText('Saved');
  await expect(versionRows(page)).toHaveCount(5);
  expect(heading(await editor.getProject(id))).toBe('First');
  expect((await storedVersions(editor.url, id)).map((v) => v.rev)).toEqual([5, 4, 3, 2, 1]);

  // Undone: the document as it was before, as changes to save; the server's versions stay as they are.
  await expect(undoButton(page)).toHaveAccessibleName(/^Undo Restore version of /);
  await page.keyboard.press('Control+z');
  await expect(canvas(page).getByText('Third', { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText('Unsaved changes');
  expect(heading(await editor.getProject(id))).toBe('First');

  // Closing the history gives the inspector its place back.
  await history(page).getByRole('button', { name: 'Close' }).click();
  await expect(history(page)).toHaveCount(0);
  await expect(panel(page, 'Inspector')).toBeVisible();
});

test('a deleted project goes to the trash without asking; Undo, Restore and Delete forever', async ({ page, editor }) => {
  const keeper = await editor.createProject({ ...richSnapshot(), meta: { name: 'Keeper' } });
  await editor.createProject({ ...richSnapshot(), meta: { name: 'Short-lived' } });
  await page.goto(`${editor.url}/projects/${keeper.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  const names = async () => (await editor.listProjects()).map((p) => p.name).sort();

  await page.getByRole('button', { name: 'Open project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Projects' });
  const projects = dialog.getByRole('list', { name: 'Projects' }).getByRole('listitem');
  await dialog.getByRole('button', { name: 'Delete Short-lived' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText(/Moved “Short-lived” to trash/);
  await expect(projects).toHaveCount(1);
  expect(await names()).toEqual(['Keeper']);

  await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(projects).toHaveCount(2);
  expect(await names()).toEqual(['Keeper', 'Short-lived']);

  // Deleted again, and brought back from the Trash tab.
  await dialog.getByRole('button', { name: 'Delete Short-lived' }).click();
  await expect(projects).toHaveCount(1);
  await dialog.getByRole('tab', { name: 'Trash' }).click();
  const trashed = dialog.getByRole('list', { name: 'Trash' }).getByRole('listitem');
  await expect(trashed).toHaveCount(1);
  await expect(trashed).toContainText('Short-lived');
  await expect(trashed).toContainText(/Deleted .*\d{4}/);
  await page.screenshot({ path: `${SHOTS}/trash.png` });
  await trashed.getByRole('button', { name: 'Restore Short-lived' }).click();
  await expect(dialog.getByRole('status')).toHaveText('“Short-lived” is back in the project list.');
  await expect(trashed).toHaveCount(0);
  expect(await names()).toEqual(['Keeper', 'Short-lived']);

  // Deleted once more on a slow server, the Trash tab opened at once: it waits to list it.
  await dialog.getByRole('tab', { name: 'Projects' }).click();
  await page.route('**/api/projects/*', async (route) => {
    if (route.request().method() === 'DELETE') await new Promise((resolve) => setTimeout(resolve, 500));
    await route.fallback();
  });
  await dialog.getByRole('button', { name: 'Delete Short-lived' }).click();
  await dialog.getByRole('tab', { name: 'Trash' }).click();
  await expect(trashed).toHaveCount(1);

  // Delete forever asks, saying it cannot be undone.
  await trashed.getByRole('button', { name: 'Delete Short-lived forever' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Short-lived” forever?' });
  await expect(confirm).toContainText('This cannot be undone.');
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(dialog).toContainText('The trash is empty.');
  expect(await (await fetch(`${editor.url}/api/trash`)).json()).toEqual([]);
  expect(await names()).toEqual(['Keeper']);
});

test('the conflict’s Overwrite keeps their version in the history and makes no extra project', async ({
  page,
  context,
  editor,
}) => {
  const project = await editor.createProject({ ...richSnapshot(), meta: { name: 'Shared' } });
  const id = project.meta.id;
  const url = `${editor.url}/projects/${id}`;
  await page.goto(url);
  const other = await context.newPage();
  await other.goto(url);
  await expect(status(page)).toHaveText('Saved');
  await expect(status(other)).toHaveText('Saved');

  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');

  await (await openPanel(other, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await other.keyboard.press('Control+s');
  const conflict = other.getByRole('alertdialog', { name: 'Someone else saved this project' });
  await expect(conflict).toContainText('theirs is kept in the project’s history');
  await conflict.getByRole('button', { name: 'Overwrite' }).click();
  await expect(status(other)).toHaveText('Saved');
  await expect(other.getByText('Their version is kept in the project’s history.')).toBeVisible();

  expect((await editor.listProjects()).map((p) => p.name)).toEqual(['Shared']);
  const stored = await editor.getProject(id);
  expect(Object.keys(stored.variables.entities)).toHaveLength(Object.keys(project.variables.entities).length + 1);
  expect(Object.keys(stored.entityModels.entities)).toHaveLength(Object.keys(project.entityModels.entities).length);
  // Theirs (the model added) is the version before: in the history, as History lists it.
  const [, theirs] = await storedVersions(editor.url, id);
  const kept = (await (await fetch(`${editor.url}/api/projects/${id}/revisions/${theirs?.rev}`)).json()) as Snapshot;
  expect(Object.keys(kept.entityModels.entities)).toHaveLength(Object.keys(project.entityModels.entities).length + 1);
  await other.getByRole('button', { name: 'History', exact: true }).click();
  await expect(versionRows(other)).toHaveCount(3);
});
