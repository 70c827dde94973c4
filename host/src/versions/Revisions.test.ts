import { type DomainModule, treeForEditor, type VariablesSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { renamedTree, setup, storeRich } from '../document/sessionHarness.js';
import { DocumentHistory } from '../history/DocumentHistory.js';
import { sectionDomain } from '../testing/sectionDomain.js';
import { Revisions } from './Revisions.js';
import { toldVersionTime } from './versionWords.js';

/** The fixture's variables with userName renamed. */
function renamedVariables(): VariablesSection {
  const variables = structuredClone(richSnapshot().variables);
  Object.assign(variables.entities['v-name'] as object, { name: 'fullName' });
  return variables;
}

/** A project saved three times (the fixture, then its tree renamed, then a variable renamed), open, with an undo history. */
async function threeSaves(options: Parameters<typeof setup>[0] = {}) {
  const t = await setup(options);
  const id = await storeRich(t.api);
  await t.session.open(id);
  const history = new DocumentHistory({ store: t.store, observe: t.observe, domains: t.domains, schedule: () => {} });
  t.edit('componentTree', renamedTree());
  await t.session.save();
  t.edit('variables', renamedVariables());
  await t.session.save();
  const revisions = new Revisions({ ...t, history });
  const listed = await revisions.list();
  if (!listed.ok) throw new Error(listed.message);
  const first = listed.value.at(-1);
  if (!first) throw new Error('no first version');
  return { ...t, id, history, revisions, versions: listed.value, first };
}

describe('Revisions', () => {
  it('lists every save, newest first, the current one first, with its size', async () => {
    const t = await threeSaves();
    expect(t.versions.map((v) => v.rev)).toEqual([3, 2, 1]);
    expect(t.versions[0]?.etag).toBe(t.state().document.etag);
    expect(t.versions.every((v) => v.name === 'Customer portal' && v.bytes > 1000)).toBe(true);
  });

  it('reads an older version without touching the open document, and says what restoring it would change', async () => {
    const t = await threeSaves();
    const before = t.state();
    const read = await t.revisions.read(t.first);
    if (!read.ok) throw new Error(read.message);
    expect(t.state()).toBe(before);
    expect(read.value.snapshot.componentTree).toEqual(treeForEditor(richSnapshot().componentTree));
    expect(read.value.differences.map((d) => d.changes)).toEqual([['componentTree changed'], ['variables changed']]);
  });

  it('says the differences in the domain’s own words when it has them', async () => {
    const tree = sectionDomain('componentTree').domain;
    const describeChanges: DomainModule['describeChanges'] = () => ['Container “Landing page” renamed to page'];
    const t = await threeSaves({ modules: { componentTree: { ...tree, title: 'Component tree', describeChanges } } });
    const read = await t.revisions.read(t.first);
    expect(read.ok && read.value.differences[0]).toMatchObject({
      title: 'Component tree',
      changes: ['Container “Landing page” renamed to page'],
    });
  });

  it('restores an older version as a new one and opens it: one step, which Undo takes back as unsaved changes', async () => {
    const t = await threeSaves();
    expect(await t.revisions.restore(t.first)).toBe(true);

    expect(t.held('componentTree')).toEqual(richSnapshot().componentTree);
    expect(t.state().variables).toEqual(richSnapshot().variables);
    expect(t.session.isDirty()).toBe(false);
    const after = await t.api.revisions(t.id);
    expect(after.map((v) => v.rev)).toEqual([4, 3, 2, 1]);
    expect(t.state().document.etag).toBe(after[0]?.etag);
    expect(JSON.parse((await t.api.revision(t.id, 4)).text).componentTree).toEqual(richSnapshot().componentTree);
    const time = toldVersionTime(t.first.updatedAt);
    expect(t.history.getView().undo).toBe(`Restore version of ${time}`);
    expect(t.notify.undoable).toHaveBeenCalledWith(
      `Restored the version of ${time}. Undo brings back what was open before.`,
      expect.any(Function),
    );

    expect(t.history.undo()).toBe(true);
    expect(t.held('componentTree')).toEqual(renamedTree());
    expect(t.state().variables).toEqual(renamedVariables());
    expect(t.session.isDirty()).toBe(true);
    // Saving what Undo gave back is one more version: nothing was lost on the way.
    expect(await t.session.save()).toBe('saved');
    expect(JSON.parse((await t.api.revision(t.id, 5)).text).variables).toEqual(renamedVariables());
  });

  it('keeps changes not saved one Undo away', async () => {
    const t = await threeSaves();
    t.edit('entityModels', { ids: [], entities: {} });
    expect(await t.revisions.restore(t.first)).toBe(true);
    expect(t.state().entityModels).toEqual(richSnapshot().entityModels);
    t.history.undo();
    expect(t.state().entityModels).toEqual({ ids: [], entities: {} });
    expect(t.held('componentTree')).toEqual(renamedTree());
  });

  it('refuses to restore over a version someone else saved since, and changes nothing', async () => {
    const t = await threeSaves();
    const theirs = await t.api.get(t.id);
    await t.api.replace(t.id, JSON.stringify({ ...theirs.snapshot, entityModels: { ids: [], entities: {} } }), theirs.etag);
    const before = t.state();
    expect(await t.revisions.restore(t.first)).toBe(false);
    expect(t.state().componentTree).toBe(before.componentTree);
    expect(t.state().document.dialog).toMatchObject({ kind: 'refused', title: 'Someone else saved this project first' });
    expect(await t.api.revisions(t.id)).toHaveLength(4);
  });

  it('exports an older version as its exact stored bytes', async () => {
    const t = await threeSaves();
    const read = await t.revisions.read(t.first);
    if (!read.ok) throw new Error(read.message);
    t.revisions.exportVersion(read.value);
    expect(t.download).toHaveBeenCalledWith('Customer portal (version 1).snapshot.json', (await t.api.revision(t.id, 1)).text);
  });

  it('says why a version cannot be read', async () => {
    const t = await threeSaves();
    const read = await t.revisions.read({ ...t.first, rev: 99 });
    expect(read).toEqual({ ok: false, message: 'This version could not be read: It is no longer kept.' });
  });
});
