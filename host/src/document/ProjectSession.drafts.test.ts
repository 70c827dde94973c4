import type { Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../api/projectsApi.js';
import type { KeptDraft } from './baseline.js';
import type { DraftStore } from './ProjectSession.js';
import { serializeSnapshot } from './serializeSnapshot.js';
import { renamedTree, setup, storeRich } from './sessionHarness.js';

// The changes kept in this browser, as the session offers, restores, discards and opens them.

/** Drafts kept as a browser keeps them, in memory. */
function memoryDrafts(): DraftStore & { kept: Map<string, KeptDraft> } {
  const kept = new Map<string, KeptDraft>();
  return {
    kept,
    get: async (id) => kept.get(id),
    latest: async () => [...kept.values()].sort((a, b) => b.keptAt.localeCompare(a.keptAt))[0],
    put: async (id, draft) => void kept.set(id, draft),
    remove: async (id) => void kept.delete(id),
  };
}

const offline = () => new NetworkError(new TypeError('Failed to fetch'));
const KEPT_AT = '2026-12-05T14:32:00.000Z';

/** A session with a stored project and, kept for it, the stored version changed by `change`. */
async function withKeptChanges(
  change: (snapshot: Snapshot) => Snapshot = (s) => ({ ...s, componentTree: renamedTree() }),
  options: { late?: string[] } = {},
) {
  const drafts = memoryDrafts();
  const t = await setup({ drafts, ...options });
  const id = await storeRich(t.api);
  const stored = await t.api.get(id);
  drafts.kept.set(id, { snapshot: change(stored.snapshot), etag: stored.etag, keptAt: KEPT_AT });
  return { ...t, drafts, id, etag: stored.etag };
}

describe('ProjectSession: changes kept in this browser', () => {
  it('offers them when the project opens, and Restore puts them back as unsaved changes', async () => {
    const t = await withKeptChanges((s) => ({
      ...s,
      meta: { ...s.meta, name: 'Portal, renamed here' },
      componentTree: renamedTree(),
    }));
    expect(await t.session.open(t.id)).toBe(true);
    expect(t.state().document.offer).toEqual({ keptAt: KEPT_AT });
    expect(t.held('componentTree')).toEqual(richSnapshot().componentTree);
    expect(t.session.isDirty()).toBe(false);

    expect(await t.session.restoreDraft()).toBe(true);
    expect(t.held('componentTree')).toEqual(renamedTree());
    expect(t.state().document).toMatchObject({ offer: null, dialog: null, etag: t.etag, meta: { name: 'Portal, renamed here' } });
    expect(t.session.isDirty()).toBe(true);
    expect(await t.session.save()).toBe('saved');
    expect((await t.api.get(t.id)).snapshot).toMatchObject({
      componentTree: renamedTree(),
      meta: { name: 'Portal, renamed here' },
    });
  });

  it('restored before an editor loaded, its section waits for it, and reads as unsaved until saved', async () => {
    const reversed = { ...richSnapshot().variables, ids: [...richSnapshot().variables.ids].reverse() };
    const t = await withKeptChanges((s) => ({ ...s, variables: reversed }), { late: ['variables'] });
    await t.session.open(t.id);
    await t.session.restoreDraft();
    expect(t.session.isDirty()).toBe(true);
    await t.arrive();
    expect(t.state().variables).toEqual(reversed);
    expect(t.session.isDirty()).toBe(true);
    expect(await t.session.save()).toBe('saved');
    expect((await t.api.get(t.id)).snapshot.variables).toEqual(reversed);
    expect(t.session.isDirty()).toBe(false);
  });

  it('does not offer changes equal to the stored version, and removes them', async () => {
    const t = await withKeptChanges((s) => s);
    await t.session.open(t.id);
    expect(t.state().document.offer).toBeNull();
    await vi.waitFor(() => expect(t.drafts.kept.has(t.id)).toBe(false));
  });

  it('Discard drops them and leaves the stored version open', async () => {
    const t = await withKeptChanges();
    await t.session.open(t.id);
    t.session.discardDraft();
    expect(t.state().document.offer).toBeNull();
    expect(t.held('componentTree')).toEqual(richSnapshot().componentTree);
    await vi.waitFor(() => expect(t.drafts.kept.has(t.id)).toBe(false));
    expect(await t.session.restoreDraft()).toBe(false);
  });

  it('restoring changes made on a version the server no longer has leads to the conflict’s choices', async () => {
    const t = await withKeptChanges();
    const theirs = await t.api.get(t.id);
    await t.api.replace(t.id, serializeSnapshot({ ...theirs.snapshot, entityModels: { entities: {}, ids: [] } }), theirs.etag);
    await t.session.open(t.id);
    await t.session.restoreDraft();
    expect(t.state().document.dialog).toEqual({ kind: 'conflict', since: 'kept' });
    // Closed without a choice, a save still cannot overwrite their version.
    t.session.closeDialog();
    expect(await t.session.save()).toBe('conflict');
    await t.session.resolveConflict('overwrite');
    expect((await t.api.get(t.id)).snapshot.componentTree).toEqual(renamedTree());
    // Theirs is the version before, in the project's history.
    const [, kept] = await t.api.revisions(t.id);
    expect(JSON.parse((await t.api.revision(t.id, kept?.rev ?? 0)).text).entityModels).toEqual({ entities: {}, ids: [] });
  });

  it('Reload after a conflict drops them: mine is kept as a project, not offered again', async () => {
    const t = await withKeptChanges();
    const theirs = await t.api.get(t.id);
    await t.api.replace(t.id, serializeSnapshot({ ...theirs.snapshot, entityModels: { entities: {}, ids: [] } }), theirs.etag);
    await t.session.open(t.id);
    await t.session.restoreDraft();
    await t.session.resolveConflict('reload');
    expect(t.state().document).toMatchObject({ offer: null, dialog: null });
    expect(t.drafts.kept.has(t.id)).toBe(false);
    expect(t.state().entityModels).toEqual({ entities: {}, ids: [] });
  });

  it('with the server out of reach, opens them, editable, and saves them once it answers', async () => {
    const t = await withKeptChanges();
    const get = vi.spyOn(t.api, 'get').mockRejectedValue(offline());
    expect(await t.session.open(t.id)).toBe(true);
    get.mockRestore();
    expect(t.held('componentTree')).toEqual(renamedTree());
    expect(t.state().document).toMatchObject({ id: t.id, fromDraft: true, save: 'offline', draft: 'kept', offer: null });
    expect(t.session.isDirty()).toBe(true);
    expect(t.notify.error).toHaveBeenCalledWith(
      expect.stringContaining('is open from the changes kept in this browser at'),
      undefined,
    );

    expect(await t.session.save()).toBe('saved');
    expect((await t.api.get(t.id)).snapshot.componentTree).toEqual(renamedTree());
    expect(t.state().document).toMatchObject({ fromDraft: false, save: 'idle' });
    expect(t.session.isDirty()).toBe(false);
  });

  it('with the server out of reach at start, opens the project kept last', async () => {
    const t = await withKeptChanges();
    vi.spyOn(t.api, 'list').mockRejectedValue(offline());
    vi.spyOn(t.api, 'get').mockRejectedValue(offline());
    expect(await t.session.openLatest()).toBe(true);
    expect(t.state().document).toMatchObject({ id: t.id, fromDraft: true });
  });

  it('a project that cannot be reached and has nothing kept is not opened', async () => {
    const t = await withKeptChanges();
    t.drafts.kept.clear();
    vi.spyOn(t.api, 'get').mockRejectedValue(offline());
    expect(await t.session.open(t.id)).toBe(false);
    expect(t.state().document.status).toBe('failed');
  });

  it('Save as moves them to the new project', async () => {
    const t = await withKeptChanges();
    await t.session.open(t.id);
    await t.session.restoreDraft();
    expect(await t.session.saveAs('Portal, second take')).toBe(true);
    await vi.waitFor(() => expect(t.drafts.kept.has(t.id)).toBe(false));
  });

  it('says once, and only once, that the browser would not keep them', async () => {
    const t = await withKeptChanges();
    await t.session.open(t.id);
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    t.session.draftNotKept(full);
    t.session.draftNotKept(full);
    expect(t.notify.error).toHaveBeenCalledTimes(1);
    expect(t.notify.error.mock.calls[0]?.[0]).toMatch(
      /cannot be kept in this browser: the browser's storage for this site is full/,
    );
    expect(t.state().document.draft).toBe('failed');
    t.session.draftKept();
    expect(t.state().document.draft).toBe('kept');
  });
});

describe('ProjectSession: how a save ended', () => {
  it('says saved, offline, conflict or refused; a retry offline tells nothing new', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    await t.session.open(id);
    t.edit('componentTree', renamedTree());
    const replace = vi.spyOn(t.api, 'replace').mockRejectedValue(offline());
    expect(await t.session.save()).toBe('offline');
    expect(t.notify.error).toHaveBeenCalledTimes(1);
    expect(await t.session.save({ again: true })).toBe('offline');
    expect(t.notify.error).toHaveBeenCalledTimes(1);
    expect(t.state().document.save).toBe('offline');
    replace.mockRestore();
    expect(await t.session.save({ again: true })).toBe('saved');
    expect(t.state().document.save).toBe('idle');

    const theirs = await t.api.get(id);
    await t.api.replace(id, serializeSnapshot(theirs.snapshot), theirs.etag);
    t.edit('componentTree', richSnapshot().componentTree);
    expect(await t.session.save()).toBe('conflict');
    t.session.closeDialog();
    await t.session.open(id);
    t.session.rename('');
    expect(await t.session.save()).toBe('refused');
  });
});
