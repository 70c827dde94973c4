import type { Page } from '@playwright/test';
import { expect, inspector, newProject, openPanel, status, test } from '../support/test.ts';

// Local drafts and autosave (README, "Drafts and autosave"). The fixture turns autosave off unless a test turns it
// on, so the first tests keep edits unsaved on purpose.

const projectName = (page: Page) => page.getByRole('textbox', { name: 'Project name' });
const offer = (page: Page) => page.getByRole('region', { name: 'Kept changes' });

async function renameLast(page: Page, title: string, name: string) {
  // The component tree's Name box is in the inspector, beside the canvas.
  const region = title === 'Component tree' ? inspector(page) : await openPanel(page, title);
  const box = region.getByRole('textbox', { name: 'Name' }).last();
  await box.fill(name);
  await box.press('Enter');
}

/**
 * What the draft this browser keeps for `id` holds, read as the editor wrote it: the project's name, then its
 * variables' names and its models' names, if any; null when there is none.
 */
function kept(page: Page, id: string): Promise<string | null> {
  return page.evaluate(async (key) => {
    // Opening a database that the editor has not made yet would make it without its store: look first.
    if (!(await indexedDB.databases()).some((db) => db.name === 'psb-drafts')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('psb-drafts');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('drafts')) return null;
      // A head under the project's id, each section under [id, key] (host/src/drafts/draftStore.ts).
      const read = <T>(recordKey: IDBValidKey) =>
        new Promise<T | undefined>((resolve, reject) => {
          const request = db.transaction('drafts').objectStore('drafts').get(recordKey);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const head = await read<{ envelope: { meta: { name: string } } }>(key);
      if (!head) return null;
      type Named = { entities: Record<string, { name: string }> };
      const sections = [await read<Named>([key, 'variables']), await read<Named>([key, 'entityModels'])];
      const names = sections.flatMap((section) => Object.values(section?.entities ?? {}).map((e) => e.name));
      const { meta } = head.envelope;
      return [meta.name, ...names].join(' / ');
    } finally {
      db.close();
    }
  }, id);
}

test('unsaved edits survive a reload: offered at once, restored as unsaved changes, removed once saved', async ({
  page,
  editor,
}) => {
  const id = await newProject(page, editor.url);
  await projectName(page).fill('Kept in the browser');
  await (await openPanel(page, 'Variables')).getByRole('button', { name: 'Add variable' }).click();
  await renameLast(page, 'Variables', 'cartTotal');
  await expect(status(page)).toHaveText('Unsaved changes');
  await expect.poll(() => kept(page, id)).toBe('Kept in the browser / cartTotal');

  page.on('dialog', (dialog) => void dialog.accept()); // the leave prompt, as a person reloading would answer it
  await page.reload();
  await expect(offer(page)).toContainText(/^Unsaved changes from \d\d:\d\d were kept in this browser\./);
  await expect(projectName(page)).toHaveValue('Untitled project');
  await expect(status(page)).toHaveText('Saved');
  await offer(page).getByRole('button', { name: 'Restore' }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(projectName(page)).toHaveValue('Kept in the browser');
  await expect((await openPanel(page, 'Variables')).getByRole('textbox', { name: 'Name' })).toHaveValue('cartTotal');
  await expect(status(page)).toHaveText('Unsaved changes');

  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');
  await expect.poll(() => kept(page, id)).toBeNull();
  await page.reload();
  await expect(projectName(page)).toHaveValue('Kept in the browser');
  await expect(status(page)).toHaveText('Saved');
  await expect(offer(page)).toHaveCount(0);
});

test('Discard drops the kept changes: the stored version stays, and they are not offered again', async ({ page, editor }) => {
  const id = await newProject(page, editor.url);
  await projectName(page).fill('Not wanted');
  await expect.poll(() => kept(page, id)).toBe('Not wanted');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await offer(page).getByRole('button', { name: 'Discard' }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(projectName(page)).toHaveValue('Untitled project');
  await expect.poll(() => kept(page, id)).toBeNull();
  await page.reload();
  await expect(status(page)).toHaveText('Saved');
  await expect(offer(page)).toHaveCount(0);
});

test('server stopped, tab closed, reopened: the kept changes are offered and restored', async ({ page, context, editor }) => {
  test.setTimeout(60_000); // the server stops and starts again
  const id = await newProject(page, editor.url);
  await editor.kill();
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await renameLast(page, 'Entity models', 'Customer');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(status(page)).toHaveText('Offline — changes kept in this browser');
  await expect.poll(() => kept(page, id)).toBe('Untitled project / Customer');
  await page.close();

  await editor.restart();
  const reopened = await context.newPage();
  await reopened.goto(`${editor.url}/projects/${id}`);
  await offer(reopened).getByRole('button', { name: 'Restore' }).click();
  await expect((await openPanel(reopened, 'Entity models')).getByRole('textbox', { name: 'Name' })).toHaveValue('Customer');
  await expect(status(reopened)).toHaveText('Unsaved changes');
});

test('with the projects API out of reach, the editor opens the project from what this browser kept, editable', async ({
  page,
  context,
  editor,
}) => {
  const id = await newProject(page, editor.url);
  await (await openPanel(page, 'Entity models')).getByRole('button', { name: 'Add model' }).click();
  await renameLast(page, 'Entity models', 'Invoice');
  await expect.poll(() => kept(page, id)).toBe('Untitled project / Invoice');
  await page.close();

  // The page and the editors are served (a CDN, the browser's cache); the projects API does not answer.
  const reopened = await context.newPage();
  await reopened.route('**/api/projects**', (route) => route.abort('connectionrefused'));
  await reopened.goto(editor.url);
  await expect(reopened.getByText(/“Untitled project” is open from the changes kept in this browser at \d\d:\d\d/)).toBeVisible();
  await expect(reopened).toHaveURL(new RegExp(`/projects/${id}$`));
  await expect(status(reopened)).toHaveText('Offline — changes kept in this browser');
  const models = await openPanel(reopened, 'Entity models');
  await expect(models.getByRole('textbox', { name: 'Name' })).toHaveValue('Invoice');
  await models.getByRole('button', { name: 'Add model' }).click();
  await renameLast(reopened, 'Entity models', 'Payment');

  await reopened.unroute('**/api/projects**');
  await reopened.keyboard.press('Control+s');
  await expect(status(reopened)).toHaveText('Saved');
  const stored = await editor.getProject(id);
  expect(Object.values(stored.entityModels.entities).map((m) => m.name)).toEqual(['Invoice', 'Payment']);
});

test('autosave saves an edit with no key press, and a reload shows it', async ({ page, editor }) => {
  const id = await newProject(page, editor.url);
  const autosave = page.getByRole('checkbox', { name: 'Autosave' });
  await expect(autosave).not.toBeChecked();
  await autosave.check();
  await projectName(page).fill('Saved by itself');
  await expect(status(page)).toHaveText('Unsaved changes');
  await expect(status(page)).toHaveText('Saved');
  expect((await editor.getProject(id)).meta.name).toBe('Saved by itself');
  await page.reload();
  await expect(projectName(page)).toHaveValue('Saved by itself');
  await expect(autosave).toBeChecked();
  await expect(offer(page)).toHaveCount(0);
});

test('autosave while the server is down: kept in this browser, then saved once it is back, without pressing Save', async ({
  page,
  editor,
}) => {
  test.setTimeout(90_000);
  const id = await newProject(page, editor.url);
  await page.getByRole('checkbox', { name: 'Autosave' }).check();
  await editor.kill();
  await projectName(page).fill('Written while offline');
  await expect(status(page)).toHaveText('Offline — changes kept in this browser');
  await expect(page.getByText(/could not be saved: the server cannot be reached/)).toHaveCount(1);

  await editor.restart();
  // Retries wait 2, 4, 8, 16 … seconds: one lands within about twice the time the server took to come back.
  await expect(status(page)).toHaveText('Saved', { timeout: 60_000 });
  expect((await editor.getProject(id)).meta.name).toBe('Written while offline');
  await expect(page.getByText(/could not be saved: the server cannot be reached/)).toHaveCount(1);
});
