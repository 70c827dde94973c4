import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import type { ProjectsApi } from '../api/projectsApi.js';
import { serializeSnapshot } from './serializeSnapshot.js';
import { renamedTree, setup, storeRich } from './sessionHarness.js';

// What makes a new project beside the open one: resolving a conflict, and importing a file.

describe('ProjectSession: conflicts', () => {
  /** Two sessions on one project; the other one saves first. */
  async function conflict() {
    const t = await setup();
    const id = await storeRich(t.api);
    await t.session.open(id);
    const theirs = await t.api.get(id);
    await t.api.replace(id, serializeSnapshot({ ...theirs.snapshot, entityModels: { entities: {}, ids: [] } }), theirs.etag);
    t.edit('componentTree', renamedTree());
    await t.session.save();
    expect(t.state().document.dialog).toEqual({ kind: 'conflict' });
    return { ...t, id };
  }
  const byName = async (api: ProjectsApi, name: string) => {
    const found = (await api.list()).find((p) => p.name === name);
    return found && (await api.get(found.id)).snapshot;
  };

  it('overwrite saves mine and keeps theirs in the project’s history, making no project of it', async () => {
    const t = await conflict();
    await t.session.resolveConflict('overwrite');
    const stored = (await t.api.get(t.id)).snapshot;
    expect(stored.componentTree).toEqual(renamedTree());
    expect(stored.entityModels).toEqual(richSnapshot().entityModels);
    expect(await t.api.list()).toHaveLength(1);
    const [, theirs] = await t.api.revisions(t.id);
    const kept = JSON.parse((await t.api.revision(t.id, theirs?.rev ?? 0)).text);
    expect(kept.entityModels).toEqual({ entities: {}, ids: [] });
    expect(t.notify.success).toHaveBeenCalledWith('Their version is kept in the project’s history.');
    expect(t.session.isDirty()).toBe(false);
  });

  it('reload opens theirs and keeps mine as a new project', async () => {
    const t = await conflict();
    await t.session.resolveConflict('reload');
    expect(t.state().document.id).toBe(t.id);
    expect(t.state().entityModels).toEqual({ entities: {}, ids: [] });
    expect(t.held('componentTree')).toEqual(richSnapshot().componentTree);
    expect((await byName(t.api, 'Customer portal (my changes)'))?.componentTree).toEqual(renamedTree());
  });

  it('save as copy opens mine as a new project and leaves theirs', async () => {
    const t = await conflict();
    await t.session.resolveConflict('copy');
    expect(t.state().document.id).not.toBe(t.id);
    expect(t.state().document.meta.name).toBe('Customer portal (copy)');
    expect((await t.api.get(t.id)).snapshot.entityModels).toEqual({ entities: {}, ids: [] });
    expect((await t.api.get(t.state().document.id as string)).snapshot.componentTree).toEqual(renamedTree());
  });
});

describe('ProjectSession: import', () => {
  it('opens a valid file as a new project', async () => {
    const t = await setup();
    await t.session.create('Blank');
    expect(await t.session.importText(serializeSnapshot(richSnapshot()))).toBe(true);
    expect(t.state().document.meta.name).toBe('Customer portal');
    expect(t.state().variables).toEqual(richSnapshot().variables);
    expect((await t.api.list()).map((p) => p.name).sort()).toEqual(['Blank', 'Customer portal']);
  });

  it('lists every problem of an invalid file and changes nothing', async () => {
    const t = await setup();
    await t.session.create('Blank');
    const before = t.state();
    const broken = richSnapshot();
    broken.componentTree.rootIds.push('ghost');
    broken.meta.name = '';
    expect(await t.session.importText(JSON.stringify(broken))).toBe(false);
    expect(t.state().document.dialog).toMatchObject({ kind: 'problems', title: 'This file cannot be imported' });
    expect(t.state().componentTree).toBe(before.componentTree);
    expect(t.state().document.id).toBe(before.document.id);
    expect(await t.api.list()).toHaveLength(1);
  });
});
