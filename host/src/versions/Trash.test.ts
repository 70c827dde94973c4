import { describe, expect, it, vi } from 'vitest';
import { setup, storeRich } from '../document/sessionHarness.js';
import { Trash } from './Trash.js';

/** Two stored projects, the newer one open, and the trash over them. */
async function twoProjects() {
  const t = await setup();
  const older = await storeRich(t.api, (s) => Object.assign(s, { meta: { name: 'Older' } }));
  const newer = await storeRich(t.api, (s) => Object.assign(s, { meta: { name: 'Newer' } }));
  await t.session.open(newer);
  const drafts = { remove: vi.fn(async () => {}) };
  const trash = new Trash({ ...t, drafts });
  const names = async () => (await t.api.list()).map((p) => p.name);
  return { ...t, trash, drafts, names, older: { id: older, name: 'Older' }, newer: { id: newer, name: 'Newer' } };
}

describe('Trash', () => {
  it('moves a project to the trash, and gives the Undo that brings it back', async () => {
    const t = await twoProjects();
    const undo = await t.trash.moveToTrash(t.older);
    expect(await t.names()).toEqual(['Newer']);
    const listed = await t.trash.list();
    expect(listed.ok && listed.value.map((p) => p.name)).toEqual(['Older']);

    expect(await undo?.()).toBe(true);
    expect((await t.names()).sort()).toEqual(['Newer', 'Older']);
    expect(t.state().document.id).toBe(t.newer.id);
    expect(t.drafts.remove).not.toHaveBeenCalled();
  });

  it('lists a project being moved to the trash, once it is there, when asked while it moves', async () => {
    const t = await twoProjects();
    // The server takes its time over the move, as a file store renaming folders can.
    const remove = t.api.remove.bind(t.api);
    t.api.remove = async (id) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return remove(id);
    };
    const moving = t.trash.moveToTrash(t.older);
    const listed = await t.trash.list();
    expect(listed.ok && listed.value.map((p) => p.name)).toEqual(['Older']);
    await moving;
  });

  it('moving the open project opens the latest other; its Undo opens it again', async () => {
    const t = await twoProjects();
    const undo = await t.trash.moveToTrash(t.newer);
    expect(t.state().document.id).toBe(t.older.id);
    expect(await undo?.()).toBe(true);
    expect(t.state().document.id).toBe(t.newer.id);
  });

  it('says why a project could not be moved, and gives no Undo', async () => {
    const t = await twoProjects();
    await t.trash.moveToTrash(t.older);
    expect(await t.trash.moveToTrash(t.older)).toBeUndefined();
    expect(t.notify.error).toHaveBeenCalledWith(
      expect.stringMatching(/^The project could not be moved to the trash: /),
      undefined,
    );
  });

  it('deletes forever only from the trash, with the changes kept in this browser', async () => {
    const t = await twoProjects();
    await t.trash.moveToTrash(t.older);
    expect(await t.trash.deleteForever(t.older)).toBe(true);
    expect(await t.trash.list()).toEqual({ ok: true, value: [] });
    expect(t.drafts.remove).toHaveBeenCalledWith(t.older.id);
    // Gone for good: restoring it says why not.
    expect(await t.trash.restore(t.older)).toBe(false);
    expect(t.notify.error).toHaveBeenCalledWith(expect.stringMatching(/^“Older” could not be restored: /), undefined);
  });
});
