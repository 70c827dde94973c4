// @vitest-environment happy-dom
import type { ProjectSummary } from '@psb/contracts';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectSession } from '../document/ProjectSession.js';
import { SessionContext } from '../document/SessionContext.js';
import type { Trash } from '../versions/Trash.js';
import { type Versions, VersionsContext } from '../versions/VersionsContext.js';
import { ProjectsDialog } from './ProjectsDialog.js';

const page = rootPerTest();

const good: ProjectSummary = { id: 'aaaaaaaa-1111', name: 'Landing page', updatedAt: '2026-12-02T10:00:00.000Z', size: 2048 };
const damaged: ProjectSummary = {
  id: 'bbbbbbbb-2222',
  name: 'Pricing',
  updatedAt: '2026-12-01T10:00:00.000Z',
  size: 24,
  damaged: true,
  problem: 'meta.updatedAt is missing or not a date',
};

/** The project list over what a server sent, whatever it is. */
async function showList(listed: unknown[]) {
  const session = { list: async () => listed } as unknown as ProjectSession;
  const trash = {
    moveToTrash: vi.fn(async () => undefined),
    list: async () => ({ ok: true, value: [] }),
    settled: async () => {},
  } as unknown as Trash;
  const onOpen = vi.fn();
  await act(async () =>
    page.render(
      <SessionContext.Provider value={session}>
        <VersionsContext.Provider value={{ trash } as Versions}>
          <ProjectsDialog onOpen={onOpen} onClose={() => {}} />
        </VersionsContext.Provider>
      </SessionContext.Provider>,
    ),
  );
  return { onOpen, moveToTrash: (trash as unknown as { moveToTrash: ReturnType<typeof vi.fn> }).moveToTrash };
}

const rows = () => [...page.container.querySelectorAll('ul.projects li')];
const text = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('ProjectsDialog: damaged projects', () => {
  it('shows a damaged project greyed with its problem, to download or delete, never to open', async () => {
    const { onOpen, moveToTrash } = await showList([good, damaged]);
    const row = rows()[1] as HTMLElement;
    expect(row.classList).toContain('damaged');
    expect(text(row)).toContain('Pricing');
    expect(text(row)).toContain('Damaged, cannot be opened: meta.updatedAt is missing or not a date.');
    const download = row.querySelector('a');
    expect(download?.getAttribute('href')).toBe('/api/projects/bbbbbbbb-2222/raw');
    expect(download?.getAttribute('download')).toBe('bbbbbbbb-2222.json');
    expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Delete']);
    await act(async () => row.querySelector('button')?.click());
    expect(moveToTrash).toHaveBeenCalledWith(damaged);
    expect(onOpen).not.toHaveBeenCalled();
    // The other projects open as before.
    await act(async () => rows()[0]?.querySelector('button')?.click());
    expect(onOpen).toHaveBeenCalledWith(good.id);
  });

  it('lists every project even when a server sends one without a date or a name', async () => {
    await showList([good, { id: 'cccccccc-3333', name: 'Dateless', size: 10 }, { id: 'dddddddd-4444', updatedAt: 'never' }]);
    expect(page.container.querySelector('[role="alert"]')).toBeNull();
    expect(rows().map(text)).toEqual([
      expect.stringContaining('Landing page'),
      expect.stringContaining('Dateless'),
      expect.stringContaining('dddddddd'),
    ]);
  });
});
