import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { richSnapshot } from '@psb/contracts/testing';
import { WORK } from '../support/paths.ts';
import { expect, FIXTURE_REMOTES_URL, openPanel, test } from '../support/test.ts';

const status = (page: Page) => page.getByRole('status').first();

/** The editor's whole document, as Export writes it: what must not change when something fails. */
async function exported(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

/** Opens the rich fixture and leaves one unsaved edit in it. */
async function openEdited(page: Page, url: string, create: (snapshot: object) => Promise<{ meta: { id: string } }>) {
  const project = await create({ ...richSnapshot(), meta: { name: 'Portal' } });
  await page.goto(`${url}/projects/${project.meta.id}`);
  await expect(status(page)).toHaveText('Saved');
  await page.getByRole('textbox', { name: 'Project name' }).fill('Portal, edited');
  await expect(status(page)).toHaveText('Unsaved changes');
  return project.meta.id;
}

async function importFile(page: Page, name: string, content: string | Buffer) {
  const file = path.join(WORK, `${Date.now()}-${name}`);
  await writeFile(file, content);
  await page.locator('input[type=file]').setInputFiles(file);
}

test('the API answering 500 when opening another project: a clear message, the open one untouched', async ({ page, editor }) => {
  const id = await openEdited(page, editor.url, editor.createProject);
  const other = await editor.createProject({ ...richSnapshot(), meta: { name: 'Other' } });
  const before = await exported(page);
  await page.route(`**/api/projects/${other.meta.id}`, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: '{"statusCode":500,"error":"Internal Server Error","message":"The server failed to handle this request; nothing was changed."}',
    }),
  );
  await page.getByRole('button', { name: 'Open project' }).click();
  await page.getByRole('dialog', { name: 'Projects' }).getByRole('button', { name: 'Other', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Discard unsaved changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click();
  await expect(
    page.getByText('The project could not be opened: The server failed to handle this request; nothing was changed.'),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}$`));
  await expect(status(page)).toHaveText('Unsaved changes');
  expect(await exported(page)).toBe(before);
});

test('a remote whose code fails half-way to load is unavailable, the others edit, and Retry brings it back with its content', async ({
  page,
  editor,
}) => {
  const project = await editor.createProject({ ...richSnapshot(), meta: { name: 'Portal' } });
  await page.route('**/remotes/variables/__federation_expose_domain*.js', (route) =>
    route.fulfill({ status: 500, body: 'down' }),
  );
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  const variables = await openPanel(page, 'Variables');
  await expect(variables).toContainText('unavailable');
  await expect(variables).toContainText('It could not be loaded');
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await expect(status(page)).toHaveText('Unsaved changes');

  await page.unroute('**/remotes/variables/__federation_expose_domain*.js');
  await openPanel(page, 'Variables');
  await variables.getByRole('button', { name: 'Retry' }).click();
  await expect(variables.getByText('userName')).toBeVisible();
  await expect((await openPanel(page, 'Entity models')).getByRole('group')).toHaveCount(3);
  await expect(status(page)).toHaveText('Unsaved changes');
});

test('a bound button deleted while Action flows is unavailable: Save names its binding and what to do, then saves once it is mended', async ({
  page,
  editor,
}) => {
  const project = await editor.createProject({ ...richSnapshot(), meta: { name: 'Bound' } });
  const flowsCode = '**/remotes/action-flows/__federation_expose_domain*.js';
  await page.route(flowsCode, (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto(`${editor.url}/projects/${project.meta.id}`);
  const flows = await openPanel(page, 'Action flows');
  await expect(flows).toContainText('unavailable');
  await page.getByRole('tree', { name: 'Components' }).getByRole('treeitem', { name: /Greet/ }).click();
  await page.keyboard.press('Delete');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const refusal = page.getByRole('alertdialog', { name: 'This project cannot be saved: it is invalid' });
  await expect(refusal).toContainText('/actionFlows/bindings/0/nodeId');
  await expect(refusal).toContainText('Kept as opened, as its editor is not loaded: Action flows. Load it with Retry');
  await refusal.getByRole('button', { name: 'OK' }).click();
  await expect(status(page)).toHaveText('Unsaved changes');

  await page.unroute(flowsCode);
  await flows.getByRole('button', { name: 'Retry' }).click();
  const bindings = flows.getByRole('region', { name: 'Bindings' });
  await expect(bindings).toContainText('This binding is broken: its component no longer exists.');
  await bindings.getByRole('button', { name: 'Delete binding' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Saved');
});

test('importing a 20 MB file says it is too large, and changes nothing', async ({ page, editor }) => {
  // Reading, checking and sending 20 MB takes seconds, more on a busy machine running another test beside it.
  test.slow();
  await openEdited(page, editor.url, editor.createProject);
  const before = await exported(page);
  // Valid in every way but size: the bulk sits in a section of a domain this editor does not know.
  const huge = { ...richSnapshot(), analytics: { recording: 'x'.repeat(20 * 1024 * 1024) } };
  await importFile(page, 'huge.snapshot.json', JSON.stringify(huge));
  const alert = page.getByRole('alertdialog', { name: 'This file is too large' });
  await expect(alert).toContainText('20.0 MB', { timeout: 30_000 });
  await alert.getByRole('button', { name: 'OK' }).click();
  expect(await exported(page)).toBe(before);
  expect((await editor.listProjects()).map((p) => p.name)).toEqual(['Portal']);
});

test('importing a binary file says it is not JSON, and changes nothing', async ({ page, editor }) => {
  await openEdited(page, editor.url, editor.createProject);
  const before = await exported(page);
  await importFile(
    page,
    'photo.png',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 255, 254]),
  );
  await expect(page.getByRole('alertdialog', { name: 'This file is not JSON' })).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  expect(await exported(page)).toBe(before);
});

test('importing JSON with __proto__ keys is refused, naming where, and changes nothing', async ({ page, editor }) => {
  await openEdited(page, editor.url, editor.createProject);
  const before = await exported(page);
  const text = JSON.stringify(richSnapshot()).replace('"meta":{', '"meta":{"__proto__":{"isAdmin":true},');
  await importFile(page, 'poisoned.snapshot.json', text);
  const alert = page.getByRole('alertdialog', { name: 'This file cannot be imported' });
  await expect(alert).toContainText('"__proto__" key at /meta');
  await alert.getByRole('button', { name: 'OK' }).click();
  expect(await exported(page)).toBe(before);
  expect(await page.evaluate(() => ({}) as { isAdmin?: boolean }).then((o) => o.isAdmin)).toBeUndefined();
  expect((await editor.listProjects()).map((p) => p.name)).toEqual(['Portal']);
});

test('a remote whose reducer throws on an action: the error is contained, its state kept, the others unaffected', async ({
  page,
  editor,
}) => {
  const registry = await editor.registry();
  await editor.setRegistry(
    registry.map((e) =>
      e.key === 'entityModels'
        ? { ...e, name: 'throwing_reducer', entry: `${FIXTURE_REMOTES_URL()}/throwing-reducer/mf-manifest.json` }
        : e,
    ),
  );
  const id = await openEdited(page, editor.url, editor.createProject);
  const models = await openPanel(page, 'Entity models');
  await models.getByRole('button', { name: 'Count' }).click();
  await models.getByRole('button', { name: 'Count' }).click();
  await expect(models).toContainText('Count: 2');
  const before = await exported(page);

  await models.getByRole('button', { name: 'Break' }).click();
  await expect(page.getByText('The Entity models editor failed and ignored your last change there')).toBeVisible();
  await expect(models).toContainText('Count: 2');
  expect(await exported(page)).toBe(before);

  // The others carry on, and so does this editor for the actions it can handle.
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await expect((await openPanel(page, 'Variables')).getByRole('listbox', { name: 'Variables' }).getByRole('option')).toHaveCount(
    6,
  );
  await openPanel(page, 'Entity models');
  await models.getByRole('button', { name: 'Count' }).click();
  await expect(models).toContainText('Count: 3');
  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');
  expect(Object.keys((await editor.getProject(id)).variables.entities)).toHaveLength(6);
});
