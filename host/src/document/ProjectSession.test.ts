import { type ComponentTree, nodeOf, type Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../api/projectsApi.js';
import { sectionDomain } from '../testing/sectionDomain.js';
import { serializeSnapshot } from './serializeSnapshot.js';
import { renamedTree, setup, storeRich } from './sessionHarness.js';

// The checkers come in a chunk of their own, which can fail to arrive like any request.
const checksChunk = vi.hoisted(() => ({ down: false }));
vi.mock('../checks/loadChecks.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../checks/loadChecks.js')>();
  return {
    loadChecks: () => (checksChunk.down ? Promise.reject(new Error('Loading chunk 742 failed.')) : real.loadChecks()),
  };
});

describe('ProjectSession: open and dirty state', () => {
  it('hydrates every domain in the same store update as the document', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    const seen: [string | undefined, unknown][] = [];
    t.store.subscribe(() => seen.push([t.state().document.id, t.state().variables]));
    expect(await t.session.open(id)).toBe(true);
    const opened = seen.filter(([docId]) => docId === id);
    expect(opened.length).toBeGreaterThan(0);
    for (const [, variables] of opened) expect(variables).toEqual(richSnapshot().variables);
    expect(t.session.isDirty()).toBe(false);
  });

  it('at start, opens the most recent project that is not damaged', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    const listed = await t.api.list();
    const damaged = {
      id: 'broken',
      name: 'broken.json',
      updatedAt: new Date().toISOString(),
      damaged: true as const,
      problem: 'cut short',
    };
    vi.spyOn(t.api, 'list').mockResolvedValue([damaged, ...listed]);
    expect(await t.session.openLatest()).toBe(true);
    expect(t.state().document.id).toBe(id);
  });

  it('opens the document frozen, so no editor can change the store in place', async () => {
    const t = await setup();
    await t.session.open(await storeRich(t.api));
    const { nodes } = t.state().componentTree as ComponentTree;
    const [title, page] = [nodeOf(nodes, 'title'), nodeOf(nodes, 'page')];
    expect(title && page).toBeTruthy();
    expect(() => {
      if (title) title.props.content = 'changed in place';
    }).toThrow(TypeError);
    expect(() => page?.children.push('title')).toThrow(TypeError);
    expect(() => {
      (nodes as Record<string, unknown>)['0'] = {};
    }).toThrow(TypeError);
    expect(Object.isFrozen(t.state().document.sections.analytics)).toBe(true);
  });

  it('is dirty after an edit, and clean again when the edit is undone by hand', async () => {
    const t = await setup();
    await t.session.open(await storeRich(t.api));
    const original = richSnapshot().entityModels;
    t.edit('entityModels', { ...original, ids: [...original.ids].reverse() });
    expect(t.session.isDirty()).toBe(true);
    t.edit('entityModels', structuredClone(original));
    expect(t.session.isDirty()).toBe(false);
    t.session.rename('Other name');
    expect(t.session.isDirty()).toBe(true);
    t.session.rename('Customer portal');
    expect(t.session.isDirty()).toBe(false);
  });

  it('refuses a project newer than this build, leaving the open one as it was', async () => {
    const t = await setup();
    const first = await storeRich(t.api);
    await t.session.open(first);
    t.session.rename('Edited, not saved');
    const newer = await t.api.create(serializeSnapshot({ ...richSnapshot(), meta: { name: 'From the future' } }));
    // The server stores drafts of version 1 only, so the newer version is made directly in memory.
    const future = vi
      .spyOn(t.api, 'get')
      .mockResolvedValueOnce({ ...newer, snapshot: { ...newer.snapshot, schemaVersion: 99 } as unknown as Snapshot });
    expect(await t.session.open(newer.snapshot.meta.id)).toBe(false);
    future.mockRestore();
    expect(t.state().document).toMatchObject({ id: first, meta: { name: 'Edited, not saved' } });
    expect(t.state().document.dialog).toEqual({
      kind: 'refused',
      title: 'This project is too new for this editor',
      message: 'This file is snapshot version 99; this editor reads up to version 1. Open it with a newer editor.',
    });
  });

  it('refuses a project a domain cannot read, changing nothing', async () => {
    const t = await setup({ modules: { variables: sectionDomain('variables', { hydrateThrows: true }).domain } });
    await t.session.create('Blank');
    const before = t.state();
    expect(await t.session.open(await storeRich(t.api))).toBe(false);
    expect(t.state().document.dialog).toMatchObject({
      kind: 'refused',
      message: 'The variables editor could not read it: variables cannot read this',
    });
    expect(t.state().componentTree).toBe(before.componentTree);
    expect(t.state().document.id).toBe(before.document.id);
  });
});

describe('ProjectSession: save', () => {
  it('sends every section with If-Match, keeps unknown sections, and is clean after', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    await t.session.open(id);
    const tree = renamedTree();
    t.edit('componentTree', tree);
    await t.session.save();
    expect(t.session.isDirty()).toBe(false);
    const stored = (await t.api.get(id)).snapshot as Snapshot & { analytics: unknown };
    expect(stored.componentTree).toEqual(tree);
    expect(stored.variables).toEqual(richSnapshot().variables);
    expect(stored.analytics).toEqual({ funnels: [{ step: 'greet', rate: 0.25 }] });
    expect(stored.ui).toEqual(richSnapshot().ui);
    expect(t.state().document.etag).toBe((await t.api.get(id)).etag);
  });

  it('keeps the section of a domain whose editor is unavailable exactly as it was', async () => {
    const t = await setup({ down: ['variables'] });
    const id = await storeRich(t.api, (s) => {
      (s.variables as { values: unknown }).values = { 'v-count': 1.5e3 };
    });
    const before = (await t.api.get(id)).snapshot.variables;
    await t.session.open(id);
    t.edit('entityModels', { entities: {}, ids: [] });
    await t.session.save();
    const after = (await t.api.get(id)).snapshot;
    expect(JSON.stringify(after.variables)).toBe(JSON.stringify(before));
    expect(after.entityModels).toEqual({ entities: {}, ids: [] });
  });

  it('keeps the edits and offers Export when the checkers cannot be fetched, and opens nothing else meanwhile', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    const other = await storeRich(t.api, (s) => Object.assign(s.meta as object, { name: 'Other' }));
    await t.session.open(id);
    t.edit('entityModels', { entities: {}, ids: [] });
    const replace = vi.spyOn(t.api, 'replace');
    checksChunk.down = true;
    try {
      await t.session.save();
      expect(replace).not.toHaveBeenCalled();
      expect(t.session.isDirty()).toBe(true);
      const [message, action] = t.notify.error.mock.calls[0] as [string, { label: string }];
      expect(message).toMatch(/^Your changes could not be saved: Loading chunk 742 failed\./);
      expect(action.label).toBe('Export');

      expect(await t.session.open(other)).toBe(false);
      expect(t.state().document.id).toBe(id);
      expect(t.state().entityModels).toEqual({ entities: {}, ids: [] });
    } finally {
      checksChunk.down = false;
    }
    await t.session.save();
    expect(t.session.isDirty()).toBe(false);
    expect((await t.api.get(id)).snapshot.entityModels).toEqual({ entities: {}, ids: [] });
  });

  it('keeps the edits and offers Export when the server cannot be reached, then saves once it is back', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    await t.session.open(id);
    t.edit('entityModels', { entities: {}, ids: [] });
    const replace = vi.spyOn(t.api, 'replace').mockRejectedValueOnce(new NetworkError(new TypeError('Failed to fetch')));
    await t.session.save();
    expect(t.state().document.save).toBe('offline');
    expect(t.session.isDirty()).toBe(true);
    expect(t.state().entityModels).toEqual({ entities: {}, ids: [] });
    const [message, action] = t.notify.error.mock.calls[0] as [string, { label: string; onClick: () => void }];
    expect(message).toMatch(/could not be saved: the server cannot be reached/);
    action.onClick();
    expect(t.download).toHaveBeenCalledWith('Customer portal.snapshot.json', expect.stringContaining('"entityModels"'));

    replace.mockRestore();
    await t.session.save();
    expect(t.state().document.save).toBe('idle');
    expect((await t.api.get(id)).snapshot.entityModels).toEqual({ entities: {}, ids: [] });
  });

  it('save as stores a new project and opens it, leaving the original as it was', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    await t.session.open(id);
    t.edit('componentTree', renamedTree());
    expect(await t.session.saveAs('Second draft')).toBe(true);
    const newId = t.state().document.id as string;
    expect(newId).not.toBe(id);
    expect(t.state().document.meta.name).toBe('Second draft');
    expect(t.session.isDirty()).toBe(false);
    expect((await t.api.get(newId)).snapshot.componentTree).toEqual(renamedTree());
    expect((await t.api.get(id)).snapshot.componentTree).toEqual(richSnapshot().componentTree);
  });

  it('exports the very document Save sends, pretty-printed for people', async () => {
    const t = await setup();
    const id = await storeRich(t.api);
    await t.session.open(id);
    const replace = vi.spyOn(t.api, 'replace');
    t.session.exportFile();
    await t.session.save();
    const [fileName, exported] = t.download.mock.calls[0] as [string, string];
    expect(fileName).toBe('Customer portal.snapshot.json');
    expect(exported).toBe(serializeSnapshot(JSON.parse(replace.mock.calls[0]?.[1] as string)));
    expect(exported).toContain('\n  "meta": {\n');
  });
});

describe('ProjectSession: domains that load late', () => {
  it('gives a late domain its section of the open document', async () => {
    const t = await setup({ late: ['variables'] });
    const id = await storeRich(t.api);
    await t.session.open(id);
    expect(t.state().remotes.byKey.variables?.status).toBe('loading');
    await t.arrive();
    expect(t.state().variables).toEqual(richSnapshot().variables);
    expect(t.session.isDirty()).toBe(false);
  });

  it('upgrades a late domain’s older section, and refuses one newer than it reads, keeping it', async () => {
    const upgraded = sectionDomain('variables', { version: 2, migrations: { 1: (s: object) => ({ ...s, values: {} }) } }).domain;
    const t = await setup({ late: ['variables'], modules: { variables: upgraded } });
    await t.session.open(await storeRich(t.api));
    await t.arrive();
    expect(t.state().variables).toEqual({ ...richSnapshot().variables, values: {} });

    const older = sectionDomain('variables', { version: 1 }).domain;
    const u = await setup({ late: ['variables'], modules: { variables: older } });
    const id = await storeRich(u.api, (s) => {
      s.domainVersions = { variables: 3 };
      s.variables = { entities: {}, ids: [], format: 'v3' };
    });
    await u.session.open(id);
    await u.arrive();
    expect(u.state().remotes.byKey.variables).toMatchObject({ status: 'incompatible' });
    expect(u.state().remotes.byKey.variables?.reason).toMatch(/section is version 3; this editor reads up to 1/);
    await u.session.rename('Saved with a newer section inside');
    await u.session.save();
    expect((await u.api.get(id)).snapshot.variables).toEqual({ entities: {}, ids: [], format: 'v3' });
  });
});
