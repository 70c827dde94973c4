import 'fake-indexeddb/auto';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
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
