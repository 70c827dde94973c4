import { test as base, expect, type Page } from '@playwright/test';
import { type EditorServer, startEditorServer } from './editorServer.ts';

/** Counts React renderers as React DOM registers them with the devtools hook: one per copy of react-dom. */
const COUNT_REACT_RENDERERS = () => {
  const versions: string[] = [];
  Object.assign(window, {
    __reactRendererVersions: versions,
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer: { version: string }) {
        versions.push(renderer.version);
        return versions.length;
      },
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      checkDCE() {},
    },
  });
};

/** Chromium reports every Content-Security-Policy violation on the console, in these words. */
const CSP_VIOLATION = /Content Security Policy/i;

export const test = base.extend<{ editor: EditorServer }>({
  editor: async ({ page, context }, use) => {
    const server = await startEditorServer();
    await page.addInitScript(COUNT_REACT_RENDERERS);
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
