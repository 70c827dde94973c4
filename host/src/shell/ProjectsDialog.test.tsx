// @vitest-environment happy-dom
import type { ProjectSummary, TrashedProject } from '@psb/contracts';
import { rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectSession } from '../document/ProjectSession.js';
import { SessionContext } from '../document/SessionContext.js';
import type { Trash } from '../versions/Trash.js';
import { type Versions, VersionsContext } from '../versions/VersionsContext.js';
import { NewProjectDialog } from './NewProjectDialog.js';
import { ProjectsDialog } from './ProjectsDialog.js';

const page = rootPerTest();

const projects: ProjectSummary[] = [
  { id: 'aaaaaaaa-1111', name: 'Landing page', updatedAt: '2026-12-02T10:00:00.000Z', size: 2048 },
  { id: 'bbbbbbbb-2222', name: 'Pricing', updatedAt: '2026-12-01T10:00:00.000Z', size: 900 },
  { id: 'cccccccc-3333', name: 'Landing page', updatedAt: '2026-11-30T10:00:00.000Z', size: 5000 },
];

/** The project list over `listed` projects and a trash holding `trashed` ones, as the server would keep them. */
async function showProjects(openId?: string) {
  let listed = [...projects];
  let trashed: TrashedProject[] = [{ id: 'dddddddd-4444', name: 'Old draft', deletedAt: '2026-12-03T09:00:00.000Z' }];
  const session = { list: async () => listed } as unknown as ProjectSession;
  const restore = vi.fn(async (project: { id: string }) => {
    const back = trashed.find((p) => p.id === project.id);
    trashed = trashed.filter((p) => p !== back);
    if (back) listed = [...listed, { id: back.id, name: back.name, updatedAt: back.deletedAt }];
    return true;
  });
  const trash = {
    list: async () => ({ ok: true, value: trashed }),
    settled: async () => {},
    moveToTrash: vi.fn(async (project: ProjectSummary) => {
      listed = listed.filter((p) => p.id !== project.id);
      trashed = [{ id: project.id, name: project.name, deletedAt: '2026-12-05T09:00:00.000Z' }, ...trashed];
      return () => restore(project);
    }),
    restore,
    deleteForever: vi.fn(async (project: { id: string }) => {
      trashed = trashed.filter((p) => p.id !== project.id);
      return true;
    }),
  } as unknown as Trash;
  const onOpen = vi.fn();
  await act(async () =>
    page.render(
      <SessionContext.Provider value={session}>
        <VersionsContext.Provider value={{ trash } as Versions}>
          <ProjectsDialog openId={openId} onOpen={onOpen} onClose={() => {}} />
        </VersionsContext.Provider>
      </SessionContext.Provider>,
    ),
  );
  return { onOpen, trash: trash as unknown as Record<'moveToTrash' | 'restore' | 'deleteForever', ReturnType<typeof vi.fn>> };
}

const rows = () => [...page.container.querySelectorAll('ul.projects li')];
const rowText = (row: Element) => row.textContent?.replace(/\s+/g, ' ').trim();
const button = (name: string, within: ParentNode = document) =>
  [...within.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
const click = async (element: HTMLElement | undefined) => {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
};
const tab = (name: string) => [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent === name);

describe('ProjectsDialog', () => {
  it('marks the open project and shows each one’s size and short id beside its date', async () => {
    await showProjects('cccccccc-3333');
    const [first, , third] = rows();
    expect(third?.getAttribute('aria-current')).toBe('true');
    expect(rowText(third as Element)).toContain('Landing page (open)');
    expect(rowText(third as Element)).toContain('4.9 KB');
    expect(rowText(third as Element)).toContain('cccccccc');
    expect(first?.getAttribute('aria-current')).toBeNull();
    expect(rowText(first as Element)).toContain('2.0 KB');
    expect(rowText(first as Element)).toContain('aaaaaaaa');
    expect(rowText(first as Element)).not.toContain('(open)');
  });

  it('filters by name as one types', async () => {
    const { onOpen } = await showProjects();
    const filter = page.container.querySelector<HTMLInputElement>('input[type="search"]');
    if (!filter) throw new Error('no filter');
    typeInto(filter, 'pric');
    expect(rows().map(rowText)).toHaveLength(1);
    expect(rowText(rows()[0] as Element)).toContain('Pricing');
    await act(async () => rows()[0]?.querySelector('button')?.click());
    expect(onOpen).toHaveBeenCalledWith('bbbbbbbb-2222');
  });
});

describe('ProjectsDialog: the trash', () => {
  it('moves a project to the trash without asking, and says so with an Undo that brings it back', async () => {
    const { trash } = await showProjects();
    await click(button('Delete Pricing'));
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(trash.moveToTrash).toHaveBeenCalledWith(projects[1]);
    expect(rows().map(rowText).join()).not.toContain('Pricing');
    const notice = page.container.querySelector('[role="status"]');
    expect(notice?.textContent).toContain('Moved “Pricing” to trash');
    await click(button('Undo', notice as Element));
    expect(rows().map(rowText).join()).toContain('Pricing');
    expect(page.container.querySelector('[role="status"]')).toBeNull();
  });

  it('lists trashed projects with when they were deleted; Restore brings one back', async () => {
    const { trash } = await showProjects();
    await click(tab('Trash') as HTMLElement);
    expect(tab('Trash')?.getAttribute('aria-selected')).toBe('true');
    const trashRows = () => [...page.container.querySelectorAll('ul.trash li')];
    expect(trashRows().map(rowText)).toEqual([expect.stringMatching(/^Old draft ?Deleted .*2026/)]);
    await click(button('Restore Old draft'));
    expect(trash.restore).toHaveBeenCalled();
    expect(trashRows()).toHaveLength(0);
    expect(page.container.textContent).toContain('“Old draft” is back in the project list.');
    await click(tab('Projects') as HTMLElement);
    expect(rows().map(rowText).join()).toContain('Old draft');
  });

  it('asks before deleting forever, saying it cannot be undone', async () => {
    const { trash } = await showProjects();
    await click(tab('Trash') as HTMLElement);
    await click(button('Delete Old draft forever'));
    const confirm = document.querySelector('[role="alertdialog"]');
    expect(confirm?.textContent).toContain('Delete “Old draft” forever?');
    expect(confirm?.textContent).toContain('This cannot be undone.');
    await click(button('Cancel', confirm as Element));
    expect(trash.deleteForever).not.toHaveBeenCalled();
    await click(button('Delete Old draft forever'));
    await click(button('Delete forever', document.querySelector('[role="alertdialog"]') as Element));
    expect(trash.deleteForever).toHaveBeenCalledWith(expect.objectContaining({ id: 'dddddddd-4444' }));
    expect(page.container.textContent).toContain('The trash is empty.');
  });
});

describe('NewProjectDialog', () => {
  it('offers a default name, focused and selected, that submitting accepts', async () => {
    const onCreate = vi.fn();
    await act(async () => page.render(<NewProjectDialog onCreate={onCreate} onClose={() => {}} />));
    const field = page.container.querySelector<HTMLInputElement>('form#new-project input');
    expect(field?.value).toBe('Untitled project');
    expect(document.activeElement).toBe(field);
    await act(async () => field?.form?.requestSubmit());
    expect(onCreate).toHaveBeenCalledWith('Untitled project');
  });

  it('refuses a blank name, saying why', async () => {
    const onCreate = vi.fn();
    await act(async () => page.render(<NewProjectDialog onCreate={onCreate} onClose={() => {}} />));
    const field = page.container.querySelector<HTMLInputElement>('form#new-project input');
    if (!field) throw new Error('no name field');
    typeInto(field, '   ');
    expect(page.container.textContent).toContain('A project needs a name.');
    await act(async () => field.form?.requestSubmit());
    expect(onCreate).not.toHaveBeenCalled();
  });
});
