import 'fake-indexeddb/auto';
import { richSnapshot } from '@psb/contracts/testing';
import * as keyval from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import type { KeptDraft } from '../document/baseline.js';
import { idbDraftStore } from './draftStore.js';

// The drafts in IndexedDB (fake-indexeddb stands in for the browser's), through idb-keyval.

const draft = (id: string, keptAt: string, name = 'Customer portal'): KeptDraft => ({
  snapshot: { ...richSnapshot(), meta: { ...richSnapshot().meta, id, name } },
  etag: '"v1"',
  keptAt,
});

describe('the draft store', () => {
  it('keeps a draft per project, read back by another page of the same browser', async () => {
    const page = idbDraftStore();
    const kept = draft('p-kept', '2026-12-05T14:32:00.000Z', 'Renamed here');
    await page.put('p-kept', kept);
    const reloaded = idbDraftStore();
    expect(await reloaded.get('p-kept')).toEqual(kept);
    expect(await reloaded.get('p-none')).toBeUndefined();
    await reloaded.remove('p-kept');
    expect(await page.get('p-kept')).toBeUndefined();
  });

  it('writes only the sections that changed since its last write, and reads the whole document back', async () => {
    const setMany = vi.fn(keyval.setMany);
    const store = idbDraftStore(async () => ({ ...keyval, setMany }));
    const first = draft('p-parts', '2026-12-05T10:00:00.000Z');
    await store.put('p-parts', first);
    const written = () => (setMany.mock.lastCall?.[0] ?? []).map(([key]) => (Array.isArray(key) ? key[1] : 'head'));
    expect(written()).toEqual(['head', 'componentTree', 'variables', 'entityModels', 'actionFlows']);

    const renamed = { ...first, snapshot: { ...first.snapshot, meta: { ...first.snapshot.meta, name: 'Renamed' } } };
    await store.put('p-parts', renamed);
    expect(written()).toEqual(['head']);
    const variables = { ...first.snapshot.variables, ids: [...first.snapshot.variables.ids].reverse() };
    const edited = { ...renamed, snapshot: { ...renamed.snapshot, variables }, keptAt: '2026-12-05T10:00:02.000Z' };
    await store.put('p-parts', edited);
    expect(written()).toEqual(['head', 'variables']);
    expect(await idbDraftStore().get('p-parts')).toEqual(edited);

    // Another tab wrote this project since: the next write is whole again.
    await idbDraftStore().put('p-parts', first);
    await store.put('p-parts', { ...edited, keptAt: '2026-12-05T10:00:04.000Z' });
    expect(written()).toEqual(['head', 'componentTree', 'variables', 'entityModels', 'actionFlows']);
    expect((await store.get('p-parts'))?.snapshot).toEqual(edited.snapshot);

    await store.remove('p-parts');
    const left = await keyval.keys(keyval.createStore('psb-drafts', 'drafts'));
    expect(left.filter((key) => key === 'p-parts' || (Array.isArray(key) && key[0] === 'p-parts'))).toEqual([]);
  });

  it('keeps a large record in chunks: an edit of one entry rewrites its chunk only, and the document reads back whole', async () => {
    const setMany = vi.fn(keyval.setMany);
    const store = idbDraftStore(async () => ({ ...keyval, setMany }));
    const base = draft('p-large', '2026-12-05T11:00:00.000Z');
    const tree = base.snapshot.componentTree;
    const nodes = { ...tree.nodes };
    for (let i = 0; i < 2500; i++)
      nodes[`extra-${i}`] = { id: `extra-${i}`, type: 'Text', name: `Text ${i}`, props: {}, children: [], parentId: null };
    const large = { ...base, snapshot: { ...base.snapshot, componentTree: { ...tree, nodes } } };
    await store.put('p-large', large);
    const written = () =>
      (setMany.mock.lastCall?.[0] ?? []).map(([key]) => (Array.isArray(key) ? key.slice(1).join('/') : 'head'));
    expect(written()).toEqual(
      expect.arrayContaining([
        'head',
        'componentTree',
        'componentTree/nodes/0',
        'componentTree/nodes/1',
        'componentTree/nodes/2',
      ]),
    );

    const typed = { ...nodes, 'extra-1800': { ...(nodes['extra-1800'] as (typeof nodes)[string]), props: { content: 'Hi' } } };
    const edited = { ...large, snapshot: { ...large.snapshot, componentTree: { ...tree, nodes: typed } } };
    await store.put('p-large', edited);
    expect(written()).toEqual(['head', 'componentTree', 'componentTree/nodes/1']);

    const read = await idbDraftStore().get('p-large');
    expect(read).toEqual(edited);
    expect(Object.keys(read?.snapshot.componentTree.nodes ?? {})).toEqual(Object.keys(typed));

    await store.remove('p-large');
    const left = await keyval.keys(keyval.createStore('psb-drafts', 'drafts'));
    expect(left.filter((key) => key === 'p-large' || (Array.isArray(key) && key[0] === 'p-large'))).toEqual([]);
  });

  it('finds the draft kept last, of any project', async () => {
    const store = idbDraftStore();
    await store.put('p-old', draft('p-old', '2026-12-05T09:00:00.000Z'));
    await store.put('p-new', draft('p-new', '2026-12-05T15:00:00.000Z'));
    await store.put('p-mid', draft('p-mid', '2026-12-05T12:00:00.000Z'));
    expect((await store.latest())?.snapshot.meta.id).toBe('p-new');
  });

  it('runs writes and removals in the order they were asked for', async () => {
    const store = idbDraftStore();
    const writing = store.put('p-order', draft('p-order', '2026-12-05T10:00:00.000Z'));
    const removing = store.remove('p-order');
    await Promise.all([writing, removing]);
    expect(await store.get('p-order')).toBeUndefined();
  });

  it('without IndexedDB: reads find nothing, removals pass, and a write says why it failed', async () => {
    const missing = new ReferenceError('indexedDB is not defined');
    const store = idbDraftStore(() => Promise.reject(missing));
    expect(await store.get('p1')).toBeUndefined();
    expect(await store.latest()).toBeUndefined();
    await expect(store.remove('p1')).resolves.toBeUndefined();
    await expect(store.put('p1', draft('p1', '2026-12-05T10:00:00.000Z'))).rejects.toBe(missing);
  });
});
