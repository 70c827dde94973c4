// @vitest-environment happy-dom
import type { ProjectSummary } from '@psb/contracts';
import { rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectSession } from '../document/ProjectSession.js';
import { SessionContext } from '../document/SessionContext.js';
import { NewProjectDialog } from './NewProjectDialog.js';
import { ProjectsDialog } from './ProjectsDialog.js';

const page = rootPerTest();

const projects: ProjectSummary[] = [
  { id: 'aaaaaaaa-1111', name: 'Landing page', updatedAt: '2026-12-02T10:00:00.000Z', size: 2048 },
  { id: 'bbbbbbbb-2222', name: 'Pricing', updatedAt: '2026-12-01T10:00:00.000Z', size: 900 },
  { id: 'cccccccc-3333', name: 'Landing page', updatedAt: '2026-11-30T10:00:00.000Z', size: 5000 },
];

async function showProjects(openId?: string) {
  const session = { list: async () => projects, remove: vi.fn() } as unknown as ProjectSession;
  const onOpen = vi.fn();
  await act(async () =>
    page.render(
      <SessionContext.Provider value={session}>
        <ProjectsDialog openId={openId} onOpen={onOpen} onClose={() => {}} />
      </SessionContext.Provider>,
    ),
  );
  return onOpen;
}

const rows = () => [...page.container.querySelectorAll('ul.projects li')];
const rowText = (row: Element) => row.textContent?.replace(/\s+/g, ' ').trim();

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
    const onOpen = await showProjects();
    const filter = page.container.querySelector<HTMLInputElement>('input[type="search"]');
    if (!filter) throw new Error('no filter');
    typeInto(filter, 'pric');
    expect(rows().map(rowText)).toHaveLength(1);
    expect(rowText(rows()[0] as Element)).toContain('Pricing');
    await act(async () => rows()[0]?.querySelector('button')?.click());
    expect(onOpen).toHaveBeenCalledWith('bbbbbbbb-2222');
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
