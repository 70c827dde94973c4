import type { Page } from '@playwright/test';
import { expect, panel, test } from '../support/test.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const SHOTS = '/tmp/pw-preview/shots';
const API_REFUSAL = 'The preview refuses requests to the editor’s own API (/api/…)';
const SAME_ORIGIN_REFUSAL = 'The preview refuses requests to the editor’s own address unless “Same-origin requests” is allowed';

const preview = (page: Page) => panel(page, 'Preview');
const canvas = (page: Page) => preview(page).getByRole('application', { name: 'Canvas' });
const failure = (page: Page) => preview(page).getByRole('alert');

interface RequestButton {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
}

/**
 * A page of buttons, each bound to a flow that sends one request (a GET keeps its answer in `answer`), then sets
 * `done` to the button's label: a Text shows both, so what a flow got to do is on the page.
 */
function pageOfRequests(name: string, buttons: RequestButton[]) {
  const nodes: Record<string, object> = {
    status: {
      id: 'status',
      type: 'Text',
      props: { content: 'Done: {{done}} · name: {{answer.name}}' },
      children: [],
      parentId: null,
    },
  };
  const flows: Record<string, object> = {};
  const bindings: object[] = [];
  buttons.forEach(({ label, method, url }, i) => {
    nodes[`b${i}`] = { id: `b${i}`, type: 'Button', props: { label }, children: [], parentId: null };
    flows[`f${i}`] = {
      id: `f${i}`,
      name: label,
      steps: [
        // A read keeps what it got; a write's answer may be empty (204).
        { id: 'send', kind: 'request', method, url, ...(method === 'GET' ? { resultVariableId: 'v-answer' } : {}) },
        { id: 'mark', kind: 'setVariable', variableId: 'v-done', value: label },
      ],
    };
    bindings.push({ id: `bind${i}`, nodeId: `b${i}`, event: 'click', flowId: `f${i}` });
  });
  return {
    schemaVersion: 1,
    meta: { name },
    componentTree: { rootIds: ['status', ...buttons.map((_, i) => `b${i}`)], nodes },
    variables: {
      ids: ['v-done', 'v-answer'],
      entities: {
        'v-done': { id: 'v-done', name: 'done', type: 'string', defaultValue: 'nothing' },
        'v-answer': { id: 'v-answer', name: 'answer', type: 'object', defaultValue: { name: 'none' } },
      },
    },
    entityModels: { ids: [], entities: {} },
    actionFlows: { flows, bindings },
    ui: {},
    domainVersions: { componentTree: 1, variables: 1, entityModels: 1, actionFlows: 1 },
  };
}

/** Opens `project` and switches the canvas to Preview mode, where buttons run their flows. */
async function openInPreview(page: Page, url: string, projectId: string) {
  await page.goto(`${url}/projects/${projectId}`);
  await expect(canvas(page).getByText('Done: nothing')).toBeVisible({ timeout: 30_000 });
  await preview(page).getByRole('button', { name: 'Preview', exact: true }).click();
}

/** Every URL the page asks for that names `id`. */
function requestsNaming(page: Page, id: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(id)) seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

test('a button whose flow deletes another project, clicked in Preview, is refused: the project stays, the preview says why', async ({
  page,
  editor,
}) => {
  const other = await editor.createProject({ ...pageOfRequests('Keep me', []) });
  const otherId = other.meta.id;
  const attack = await editor.createProject(
    pageOfRequests('Imported page', [{ label: 'Delete the other project', method: 'DELETE', url: `/api/projects/${otherId}` }]),
  );
  const sent = requestsNaming(page, otherId);
  await openInPreview(page, editor.url, attack.meta.id);

  await canvas(page).getByRole('button', { name: 'Delete the other project' }).click();
  await expect(failure(page)).toContainText(
    `“Delete the other project” stopped at a step: DELETE /api/projects/${otherId} failed: ${API_REFUSAL}`,
  );
  // The step failed as a failed request does: the flow stopped there, and the page goes on.
  await expect(canvas(page).getByText('Done: nothing')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/refused-delete.png` });

  expect(sent).toEqual([]);
  expect((await editor.getProject(otherId)).meta.name).toBe('Keep me');
  expect((await editor.listProjects()).map((p) => p.name)).toContain('Keep me');
});

test('other spellings of the API are refused too, reads included, even with same-origin requests allowed', async ({
  page,
  editor,
}) => {
  const other = await editor.createProject({ ...pageOfRequests('Keep me', []) });
  const otherId = other.meta.id;
  // The editor is on 127.0.0.1: localhost on its port is another origin, but the same server.
  const otherOrigin = editor.url.replace('127.0.0.1', 'localhost');
  const bypasses: RequestButton[] = [
    { label: 'Other origin, same server', method: 'DELETE', url: `${otherOrigin}/api/projects/${otherId}` },
    { label: 'Scheme-relative', method: 'DELETE', url: `//${new URL(editor.url).host}/api/projects/${otherId}` },
    { label: 'Capitals', method: 'DELETE', url: `/API/projects/${otherId}` },
    { label: 'Escaped letter', method: 'DELETE', url: `/%61pi/projects/${otherId}` },
    { label: 'Dot segment', method: 'DELETE', url: `/x/../api/projects/${otherId}` },
    { label: 'Relative to the editor', method: 'DELETE', url: `../api/projects/${otherId}` },
    { label: 'Read it', method: 'GET', url: `/api/projects/${otherId}` },
  ];
  const attack = await editor.createProject(
    pageOfRequests('Imported page', [
      ...bypasses,
      { label: 'Read a file of the editor', method: 'GET', url: '/remotes/action-flows/mf-manifest.json' },
    ]),
  );
  const sent = requestsNaming(page, otherId);
  await openInPreview(page, editor.url, attack.meta.id);

  // Off by default: nothing of the editor's origin is sent, not even its own files.
  const setting = preview(page).getByRole('checkbox', { name: 'Same-origin requests' });
  await expect(setting).not.toBeChecked();
  await canvas(page).getByRole('button', { name: 'Read a file of the editor' }).click();
  await expect(failure(page)).toContainText(SAME_ORIGIN_REFUSAL);

  // Allowed for this project, a file of the editor's origin can be read; its API still cannot.
  await setting.check();
  await canvas(page).getByRole('button', { name: 'Read a file of the editor' }).click();
  await expect(canvas(page).getByText('Done: Read a file of the editor · name: action_flows')).toBeVisible();
  await expect(failure(page)).toBeHidden();
  for (const { label, method, url } of bypasses) {
    await canvas(page).getByRole('button', { name: label }).click();
    await expect(failure(page)).toHaveText(
      `“${label}” stopped at a step: ${method} ${url} failed: ${API_REFUSAL}: a page must not read or change your projects.`,
    );
    await expect(canvas(page).getByText('name: action_flows')).toBeVisible();
  }

  // Kept in this browser for this project.
  await page.reload();
  await expect(canvas(page).getByText('Done: nothing')).toBeVisible({ timeout: 30_000 });
  await preview(page).getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(setting).toBeChecked();

  expect(sent).toEqual([]);
  expect((await editor.getProject(otherId)).meta.name).toBe('Keep me');
});
