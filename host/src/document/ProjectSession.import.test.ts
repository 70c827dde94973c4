import { countProblems, LISTED_PROBLEMS } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { NetworkError } from '../api/projectsApi.js';
import { serializeSnapshot } from './serializeSnapshot.js';
import { setup } from './sessionHarness.js';

// The name an import is stored under, and the toast that names it.

describe('ProjectSession: the name of an import', () => {
  it('keeps the file’s name when no project has it, and says so', async () => {
    const t = await setup();
    await t.session.create('Blank');
    expect(await t.session.importText(serializeSnapshot(richSnapshot()))).toBe(true);
    expect(t.state().document.meta.name).toBe('Customer portal');
    expect(t.notify.success).toHaveBeenCalledWith('Imported as “Customer portal”');
  });

  it('adds " (imported)" when a project of that name exists, stored and shown under it', async () => {
    const t = await setup();
    await t.session.create('Customer portal');
    expect(await t.session.importText(serializeSnapshot(richSnapshot()))).toBe(true);
    expect(t.state().document.meta.name).toBe('Customer portal (imported)');
    expect(t.session.isDirty()).toBe(false);
    expect((await t.api.list()).map((p) => p.name).sort()).toEqual(['Customer portal', 'Customer portal (imported)']);
    expect(t.notify.success).toHaveBeenCalledWith('Imported as “Customer portal (imported)”');
  });

  it('imports under the file’s name when the list cannot be read', async () => {
    const t = await setup();
    await t.session.create('Customer portal');
    t.api.list = () => Promise.reject(new NetworkError(new TypeError('Failed to fetch')));
    expect(await t.session.importText(serializeSnapshot(richSnapshot()))).toBe(true);
    expect(t.state().document.meta.name).toBe('Customer portal');
  });

  it('says nothing of success when the file is refused', async () => {
    const t = await setup();
    expect(await t.session.importText('{ not json')).toBe(false);
    expect(t.notify.success).not.toHaveBeenCalled();
  });

  it('lists the first 100 problems of a file with 50,000 and says there are more, leaving the open project alone', async () => {
    const t = await setup();
    await t.session.create('Blank');
    const file = richSnapshot();
    file.componentTree.rootIds = file.componentTree.rootIds.concat(Array.from({ length: 50_000 }, (_, i) => `ghost${i}`));
    expect(await t.session.importText(serializeSnapshot(file))).toBe(false);
    const dialog = t.state().document.dialog;
    expect(dialog?.kind).toBe('problems');
    const problems = dialog?.kind === 'problems' ? dialog.problems : [];
    expect(problems.slice(0, LISTED_PROBLEMS).every((p) => p.message.startsWith('No node with id "ghost'))).toBe(true);
    expect(countProblems(problems)).toBe('More than 100 problems');
    expect(t.state().document.meta.name).toBe('Blank');
  });
});
