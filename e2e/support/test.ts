import { test as base, expect, type Page } from '@playwright/test';
import { type EditorServer, startEditorServer } from './editorServer.ts';
import { countReactRenderers } from './reactRenderers.ts';

/** Chromium reports every Content-Security-Policy violation on the console, in these words. */
const CSP_VIOLATION = /Content Security Policy/i;

export const test = base.extend<{ editor: EditorServer }>({
  editor: async ({ page, context }, use) => {
    const server = await startEditorServer();
    await page.addInitScript(countReactRenderers);
    // Autosave is off unless a test turns it on: the other tests watch "Unsaved changes", the leave prompt and
    // conflicts, which a save by itself would race. The editor keeps the choice in localStorage (drafts.spec.ts).
    await context.addInitScript(() => {
      if (localStorage.getItem('psb.autosave') === null) localStorage.setItem('psb.autosave', 'off');
    });
    // The editor runs under the server's CSP in every test: any violation, in any tab, fails the test.
    const violations: string[] = [];
    context.on('console', (message) => {
      if (CSP_VIOLATION.test(message.text())) violations.push(message.text());
    });
    await use(server);
    await server.stop();
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

export const FIXTURE_REMOTES_URL = () => {
  const url = process.env.FIXTURE_REMOTES_URL;
  if (!url) throw new Error('FIXTURE_REMOTES_URL is set by the global setup');
  return url;
};

export const panel = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

/** The editors docked under the canvas, shown one at a time, each under its tab. */
const DOCKED = new Set(['Variables', 'Entity models', 'Action flows']);

/** An editor's region, its dock tab selected first if it is docked: what a person clicks to reach it. */
export async function openPanel(page: Page, title: string) {
  if (DOCKED.has(title)) await page.getByRole('tablist', { name: 'Data and logic' }).getByRole('tab', { name: title }).click();
  return panel(page, title);
}

/** The workspace's right sidebar: the properties of the component selected in the tree or on the canvas. */
export const inspector = (page: Page) => panel(page, 'Inspector');

/** The top bar's save status. */
export const status = (page: Page) => page.getByRole('status').first();

/** Opens the editor on a new, empty project, accepting the name New project offers; returns its id. */
export async function newProject(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(status(page)).toHaveText('Saved');
  const first = page.url();
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('dialog', { name: 'New project' }).getByRole('textbox').press('Enter'); // its default name
  await expect(page).not.toHaveURL(first);
  await expect(page).toHaveURL(/\/projects\/[\w-]+$/);
  await expect(status(page)).toHaveText('Saved');
  return page.url().split('/').at(-1) as string;
}
