import type { Page } from '@playwright/test';
import { expect, FIXTURE_REMOTES_URL, inspector, openPanel, test } from '../support/test.ts';

const TITLES = ['Component tree', 'Variables', 'Entity models', 'Action flows'];

/** Proves an editor works by adding an entry through it. */
async function edits(page: Page, title: string) {
  const region = await openPanel(page, title);
  switch (title) {
    case 'Component tree':
      await region.getByRole('button', { name: 'Container', exact: true }).click();
      await expect(inspector(page).getByRole('textbox', { name: 'Name' })).toHaveAttribute('placeholder', 'Container');
      return;
    case 'Variables':
      await region.getByRole('button', { name: 'Add variable' }).click();
      await expect(region.getByRole('textbox', { name: 'Name' }).last()).toHaveValue(/^variable\d+$/);
      return;
    case 'Entity models':
      await region.getByRole('button', { name: 'Add model' }).click();
      await expect(region.getByRole('group').last()).toContainText('Model');
      return;
    case 'Action flows':
      await region.getByRole('button', { name: 'Add flow' }).click();
      await expect(region.getByRole('textbox', { name: 'Name' }).last()).toHaveValue(/^Flow \d+$/);
      return;
  }
}

test('all four editors load from the registry, sharing one React, under a CSP without eval or inline scripts', async ({
  page,
  editor,
}) => {
  const response = await page.goto(editor.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'(;| )/);
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  for (const title of TITLES) await edits(page, title);

  expect(
    await page.evaluate(() => (window as unknown as { __reactRendererVersions: string[] }).__reactRendererVersions),
  ).toHaveLength(1);
  const shared = await page.evaluate(() => {
    type Shared = Record<string, Record<string, { from: string; loaded?: boolean; useIn: string[] }>>;
    const instances = (
      globalThis as unknown as { __FEDERATION__: { __INSTANCES__: { name: string; shareScopeMap: { default: Shared } }[] } }
    ).__FEDERATION__.__INSTANCES__;
    const scope = instances.find((i) => i.name === 'host')?.shareScopeMap.default ?? {};
    return Object.fromEntries(Object.entries(scope).map(([pkg, versions]) => [pkg, Object.values(versions).map((v) => v.from)]));
  });
  for (const pkg of ['react', 'react-dom', 'react-redux', '@reduxjs/toolkit']) expect(shared[pkg], pkg).toEqual(['host']);
});

test('a remote that 404s is unavailable while the others edit, and Retry recovers it once it is back', async ({
  page,
  editor,
}) => {
  await page.route('**/remotes/variables/mf-manifest.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto(editor.url);
  const variables = await openPanel(page, 'Variables');
  await expect(variables).toContainText('unavailable');
  await expect(variables).toContainText('It could not be loaded');
  for (const title of ['Component tree', 'Entity models', 'Action flows']) await edits(page, title);

  await page.unroute('**/remotes/variables/mf-manifest.json');
  await openPanel(page, 'Variables');
  await variables.getByRole('button', { name: 'Retry' }).click();
  await edits(page, 'Variables');
  await expect(variables).not.toContainText('unavailable');
  await expect((await openPanel(page, 'Entity models')).getByRole('group')).toHaveCount(1);
});

test('a remote that throws while rendering is unavailable while the others edit', async ({ page, editor }) => {
  const registry = await editor.registry();
  await editor.setRegistry(
    registry.map((e) =>
      e.key === 'entityModels' ? { ...e, name: 'crashing', entry: `${FIXTURE_REMOTES_URL()}/crashing/mf-manifest.json` } : e,
    ),
  );
  await page.goto(editor.url);
  const models = await openPanel(page, 'Entity models');
  await expect(models).toContainText('unavailable');
  await expect(models).toContainText('It crashed while rendering: The entity models editor fell over');
  await expect(models.getByRole('button', { name: 'Retry' })).toBeVisible();
  for (const title of ['Component tree', 'Variables', 'Action flows']) await edits(page, title);
});

test('a remote built against contract 3 is refused as incompatible, saying why', async ({ page, editor }) => {
  const registry = await editor.registry();
  await editor.setRegistry(
    registry.map((e) =>
      e.key === 'actionFlows' ? { ...e, name: 'contract_v3', entry: `${FIXTURE_REMOTES_URL()}/contract-v3/mf-manifest.json` } : e,
    ),
  );
  await page.goto(editor.url);
  const flows = await openPanel(page, 'Action flows');
  await expect(flows).toContainText('unavailable: this build does not fit the editor');
  await expect(flows).toContainText('It was built against contract 3.0.0; this editor accepts ^2');
  await expect(flows).not.toContainText('Flows from the future');
  await edits(page, 'Variables');
});

test('a team ships a new build of its remote by pointing the registry at it: a reload of the same host shows it', async ({
  page,
  editor,
}) => {
  await page.goto(editor.url);
  const variables = await openPanel(page, 'Variables');
  await expect(variables).toContainText('No variables yet.');
  await expect(variables).not.toContainText('build 2');
  // The host's own scripts, from its index.html (the federation runtime adds the remotes' with absolute URLs).
  const hostScripts = () => page.locator('script[src^="/"]').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src')));
  const before = await hostScripts();
  expect(before.length).toBeGreaterThan(0);

  const registry = await editor.registry();
  await editor.setRegistry(
    registry.map((e) =>
      e.key === 'variables' ? { ...e, entry: `${FIXTURE_REMOTES_URL()}/variables-next/mf-manifest.json` } : e,
    ),
  );
  await page.reload();
  await expect(variables).toContainText('No variables yet (build 2).');
  expect(await hostScripts()).toEqual(before);
  await edits(page, 'Variables');
});

test('the editors say so when the registry cannot be read, and Retry tries again', async ({ page, editor }) => {
  let fail = true;
  await page.route('**/api/remotes', (route) => (fail ? route.fulfill({ status: 500, body: '{}' }) : route.continue()));
  await page.goto(editor.url);
  await expect(page.getByRole('alert')).toContainText('The list of editors could not be loaded: the server answered 500');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  for (const title of TITLES) await expect(await openPanel(page, title)).toBeVisible();
  await edits(page, 'Action flows');
});
