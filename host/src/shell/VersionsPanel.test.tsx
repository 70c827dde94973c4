// @vitest-environment happy-dom

import { type RevisionSummary, snapshotForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { act, useSyncExternalStore } from 'react';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectSession } from '../document/ProjectSession.js';
import { SessionContext } from '../document/SessionContext.js';
import { createHostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import type { Revisions, ViewedVersion } from '../versions/Revisions.js';
import type { Versions } from '../versions/VersionsContext.js';
import { VersionsContext } from '../versions/VersionsContext.js';
import { VersionsView } from '../versions/VersionsView.js';
import { toldVersionTime } from '../versions/versionWords.js';
import { VersionCanvas } from './VersionCanvas.js';
import { VersionsPanel } from './VersionsPanel.js';

const page = rootPerTest();

/** The canvas as the workspace swaps it: an older version when one is shown, else the open document. */
function Canvas({ view }: { view: VersionsView }) {
  const { viewing } = useSyncExternalStore(view.subscribe, view.get);
  return viewing ? <VersionCanvas version={viewing} /> : <p>The open document</p>;
}

const versions: RevisionSummary[] = [
  { rev: 3, etag: '"v3"', updatedAt: '2026-12-05T14:32:40.000Z', name: 'Customer portal', bytes: 2300 },
  { rev: 2, etag: '"v2"', updatedAt: '2026-12-05T14:32:20.000Z', name: 'Customer portal', bytes: 2200 },
  { rev: 1, etag: '"v1"', updatedAt: '2026-12-05T14:31:00.000Z', name: 'Portal draft', bytes: 1800 },
];

/** The first version, as read: the fixture's page with its heading changed. */
function firstVersion(): ViewedVersion {
  const snapshot = richSnapshot();
  Object.assign(snapshot.componentTree.nodes.title?.props as object, { content: 'Welcome back' });
  return {
    projectId: 'proj-1',
    summary: versions[2] as RevisionSummary,
    snapshot: snapshotForEditor(snapshot),
    text: JSON.stringify(snapshot),
    differences: [
      { key: 'componentTree', title: 'Component tree', changes: ['Text “Hello {{userName}}” changed'], described: true },
      { key: 'variables', title: 'Variables', changes: ['Variables changed'], described: false },
    ],
  };
}

/** The panel beside the canvas as the workspace shows them, over a store with the fixture open. */
function showHistory({ dirty = false } = {}) {
  const { store } = createHostStore();
  store.dispatch(documentActions.opened({ snapshot: snapshotForEditor(richSnapshot()), etag: '"v3"', domainStates: {} }));
  const view = new VersionsView();
  view.open();
  const revisions = {
    list: vi.fn(async () => ({ ok: true, value: versions })),
    read: vi.fn(async () => ({ ok: true, value: firstVersion() })),
    restore: vi.fn(async () => true),
    exportVersion: vi.fn(),
  };
  const session = { isDirty: () => dirty } as unknown as ProjectSession;
  const versionsContext = { revisions: revisions as unknown as Revisions, view } as Versions;
  const render = () =>
    page.render(
      <Provider store={store}>
        <SessionContext.Provider value={session}>
          <VersionsContext.Provider value={versionsContext}>
            <Canvas view={view} />
            <VersionsPanel />
          </VersionsContext.Provider>
        </SessionContext.Provider>
      </Provider>,
    );
  return { view, revisions, render };
}

const text = () => page.container.textContent?.replace(/\s+/g, ' ') ?? '';
const buttonNamed = (pattern: RegExp) =>
  [...page.container.querySelectorAll('button')].find((b) => pattern.test(b.textContent ?? '')) as HTMLButtonElement;
const click = (element: HTMLElement) => act(async () => element.click());

describe('VersionsPanel', () => {
  it('lists the versions, newest first, with their time and size; the newest is "Current"', async () => {
    const t = showHistory();
    await act(async () => t.render());
    const rows = [...page.container.querySelectorAll('ol.versions > li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(rows).toEqual([
      `${toldVersionTime(versions[0]?.updatedAt as string)}Current2.2 KB`,
      `${toldVersionTime(versions[1]?.updatedAt as string)}2.1 KB`,
      `${toldVersionTime(versions[2]?.updatedAt as string)}1.8 KB · “Portal draft”`,
    ]);
    expect(page.container.querySelector('ol.versions button')?.getAttribute('aria-current')).toBe('true');
  });

  it('shows a version read-only on the canvas, labelled, with what restoring it would change per domain', async () => {
    const t = showHistory();
    await act(async () => t.render());
    const time = toldVersionTime(versions[2]?.updatedAt as string);
    await click(buttonNamed(new RegExp(`^${time}`)));
    expect(t.revisions.read).toHaveBeenCalledWith(versions[2]);
    expect(text()).toContain(`Viewing version of ${time} — read only`);
    expect(text()).toContain('Welcome back');
    expect(page.container.querySelector('.preview-page')?.hasAttribute('inert')).toBe(true);
    expect(text()).toContain('Restoring it would change');
    expect(text()).toContain('Component tree: Text “Hello {{userName}}” changed');
    expect(text()).toContain('Variables changed');
    expect(buttonNamed(new RegExp(`^${time}`)).getAttribute('aria-current')).toBe('true');

    await click(buttonNamed(/^Back to current version$/));
    expect(text()).toContain('The open document');
    expect(page.container.querySelector('ol.versions button')?.getAttribute('aria-current')).toBe('true');
  });

  it('asks once before restoring, then restores and shows the open document', async () => {
    const t = showHistory({ dirty: true });
    await act(async () => t.render());
    await click(buttonNamed(new RegExp(`^${toldVersionTime(versions[2]?.updatedAt as string)}`)));
    await click(buttonNamed(/^Restore this version$/));
    const confirm = document.querySelector('[role="alertdialog"]');
    expect(confirm?.textContent).toContain('Your unsaved changes are not saved: Undo after restoring brings them back.');
    expect(t.revisions.restore).not.toHaveBeenCalled();
    await click([...(confirm?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Restore') as HTMLElement);
    expect(t.revisions.restore).toHaveBeenCalledWith(versions[2]);
    expect(text()).toContain('The open document');
  });

  it('exports the version shown, and Escape closes the panel', async () => {
    const t = showHistory();
    await act(async () => t.render());
    await click(buttonNamed(new RegExp(`^${toldVersionTime(versions[2]?.updatedAt as string)}`)));
    await click(buttonNamed(/^Export$/));
    expect(t.revisions.exportVersion).toHaveBeenCalledWith(expect.objectContaining({ summary: versions[2] }));
    await act(async () =>
      page.container
        .querySelector('.versions-panel')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(t.view.get()).toEqual({ open: false });
  });
});
