import type { Page } from '@playwright/test';
import type { RemoteEntry, Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import type { EditorServer } from '../support/editorServer.ts';
import { expect, FIXTURE_REMOTES_URL, openPanel, panel, test } from '../support/test.ts';

// A remote team ships version 2 of its section with a migration, with no host build: the fixture remote
// e2e/fixtures/remotes/variables-v2 gives every variable a group ("General" for the variables of version 1).

/** richSnapshot()'s variables, by name. */
const NAMES = ['userName', 'count', 'isAdmin', 'profile', 'tags'];

type Grouped = { entities: Record<string, { name: string; group?: string }>; ids: string[] };

/** Points the registry's `variables` entry at the version-2 build, as its team would to ship it. */
async function shipVariablesV2(editor: EditorServer) {
  const registry = await editor.registry();
  await editor.setRegistry(
    registry.map(
      (e): RemoteEntry =>
        e.key === 'variables'
          ? { ...e, name: 'variables_v2', entry: `${FIXTURE_REMOTES_URL()}/variables-v2/mf-manifest.json` }
          : e,
    ),
  );
}

/** Holds every request to `url` until `release` is called: to choose which comes first, the project or an editor. */
async function hold(page: Page, url: string | RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const projectRequest = (id: string) => new RegExp(`/api/projects/${id}$`);
const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Project name' });
const status = (page: Page) => page.getByRole('status').first();

/** Clicks Save and waits for the server's answer. */
async function save(page: Page, id: string) {
  const stored = page.waitForResponse((r) => r.request().method() === 'PUT' && projectRequest(id).test(r.url()));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  expect((await stored).status()).toBe(200);
  await expect(status(page)).toHaveText('Saved');
}

/** The groups of a stored variables section, by variable name. */
const groupsOf = (section: unknown) =>
  Object.fromEntries(Object.values((section as Grouped).entities).map((v) => [v.name, v.group]));

test('a remote ships section version 2 with a migration: a version-1 project opens migrated, saves at 2, reopens as saved', async ({
  page,
  editor,
}) => {
  test.slow(); // two page loads and three saves
  const project = await editor.createProject({ ...richSnapshot(), meta: { name: 'Grouped' } });
  const { id } = project.meta;
  expect(project.domainVersions?.variables).toBe(1);
  await shipVariablesV2(editor);

  // The editor first, then the project, so that the open itself migrates. (Left alone, the project usually
  // arrives first: the next test.)
  const releaseProject = await hold(page, projectRequest(id));
  await page.goto(`${editor.url}/projects/${id}`);
  const variables = await openPanel(page, 'Variables');
  await expect(variables).toHaveAttribute('data-status', 'ready');
  releaseProject();

  for (const name of NAMES) await expect(variables).toContainText(`${name} (General)`);
  // The other readers of variables still work on version 2: the preview's heading is "Hello {{userName}}".
  await expect(panel(page, 'Preview').getByText('Hello Ada')).toBeVisible();
  // The migration is in memory only: the status says "Saved", and the stored project is still version 1.
  await expect(status(page)).toHaveText('Saved');
  expect(groupsOf((await editor.getProject(id)).variables)).toEqual(Object.fromEntries(NAMES.map((n) => [n, undefined])));

  await save(page, id);
  const saved = await editor.getProject(id);
  expect(saved.domainVersions).toEqual({ componentTree: 1, variables: 2, entityModels: 1, actionFlows: 1 });
  expect(groupsOf(saved.variables)).toEqual(Object.fromEntries(NAMES.map((n) => [n, 'General'])));
  expect(saved.variables.ids).toEqual(richSnapshot().variables.ids);

  // A group a person changes is kept: a second run of the migration would put it back in General.
  await variables.getByRole('textbox', { name: 'Group of count' }).fill('Counters');
  await expect(status(page)).toHaveText('Unsaved changes');
  await save(page, id);
  const edited = await editor.getProject(id);
  expect(groupsOf(edited.variables)).toMatchObject({ count: 'Counters', userName: 'General' });

  await page.reload();
  await expect(variables).toContainText('count (Counters)');
  await expect(variables).toContainText('userName (General)');
  await expect(status(page)).toHaveText('Saved');
  await save(page, id);
  // Reopened and saved again, the project is what it was: nothing but the time of the save moved.
  const again = await editor.getProject(id);
  expect(again.meta.updatedAt).not.toBe(edited.meta.updatedAt);
  expect({ ...again, meta: { ...again.meta, updatedAt: '' } }).toEqual({ ...edited, meta: { ...edited.meta, updatedAt: '' } });
});

test('the version-2 editor loading after the project opened migrates it too, and calls that unsaved changes', async ({
  page,
  editor,
}) => {
  const { id } = (await editor.createProject({ ...richSnapshot(), meta: { name: 'Late' } })).meta;
  await shipVariablesV2(editor);

  const releaseEditor = await hold(page, '**/variables-v2/mf-manifest.json');
  await page.goto(`${editor.url}/projects/${id}`);
  await expect(nameBox(page)).toHaveValue('Late');
  await expect(status(page)).toHaveText('Saved');
  releaseEditor();

  const variables = await openPanel(page, 'Variables');
  for (const name of NAMES) await expect(variables).toContainText(`${name} (General)`);
  // Here the document still holds the version-1 section it opened with, so the migrated one differs from it.
  await expect(status(page)).toHaveText('Unsaved changes');
  await save(page, id);
  const saved = await editor.getProject(id);
  expect(saved.domainVersions?.variables).toBe(2);
  expect(groupsOf(saved.variables)).toEqual(Object.fromEntries(NAMES.map((n) => [n, 'General'])));
});

/** richSnapshot() as the version-2 remote saves it: every variable in a group. */
function version2Project(name: string) {
  const snapshot = richSnapshot();
  const entities = Object.fromEntries(
    Object.entries(snapshot.variables.entities).map(([k, v]) => [k, { ...v, group: 'General' }]),
  );
  return {
    ...snapshot,
    meta: { name },
    variables: { ...snapshot.variables, entities },
    domainVersions: { componentTree: 1, variables: 2, entityModels: 1, actionFlows: 1 },
  };
}

test('the standard editor, reading variables up to version 1, refuses to open a version-2 project and changes nothing', async ({
  page,
  editor,
}) => {
  const stored = await editor.createProject(version2Project('Too new'));
  const { id } = stored.meta;

  const releaseProject = await hold(page, projectRequest(id));
  await page.goto(`${editor.url}/projects/${id}`);
  await expect(await openPanel(page, 'Variables')).toHaveAttribute('data-status', 'ready');
  releaseProject();

  const refusal = page.getByRole('alertdialog', { name: 'This project is too new for this editor' });
  await expect(refusal).toContainText(
    'Its "variables" section is version 2; this editor\'s variables reads up to version 1. Open it with a newer editor.',
  );
  await expect(status(page)).toHaveText('No project open');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  expect(await editor.getProject(id)).toEqual(stored);
});

test('the standard variables editor loading after a version-2 project opened is incompatible; Save keeps the section', async ({
  page,
  editor,
}) => {
  const stored: Snapshot = await editor.createProject(version2Project('Kept'));
  const { id } = stored.meta;

  const releaseEditor = await hold(page, '**/remotes/variables/mf-manifest.json');
  await page.goto(`${editor.url}/projects/${id}`);
  await expect(nameBox(page)).toHaveValue('Kept');
  releaseEditor();

  const variables = await openPanel(page, 'Variables');
  await expect(variables).toContainText('Variables is unavailable: this build does not fit the editor');
  await expect(variables).toContainText(
    "This project's Variables section is version 2; this editor reads up to 1. It is kept as it is.",
  );
  // The other editors and the preview go on, reading the kept section.
  await expect(panel(page, 'Preview').getByText('Hello Ada')).toBeVisible();
  const models = await openPanel(page, 'Entity models');
  await models.getByRole('button', { name: 'Add model' }).click();
  await expect(models.getByRole('group')).toHaveCount(3);
  await save(page, id);

  const saved = await editor.getProject(id);
  expect(saved.variables).toEqual(stored.variables);
  expect(saved.domainVersions).toEqual(stored.domainVersions);
  expect(saved.entityModels.ids).toHaveLength(3);
});
