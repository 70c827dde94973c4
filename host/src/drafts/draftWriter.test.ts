import { richSnapshot } from '@psb/contracts/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeptDraft } from '../document/baseline.js';
import type { DraftStore } from '../document/ProjectSession.js';
import { renamedTree, setup, storeRich } from '../document/sessionHarness.js';
import { draftWriter, keepDrafts } from './draftWriter.js';
import type { DraftPlan } from './whatToKeep.js';

// The writer keeps the document off the typing path: a change starts a timer; the draft is taken when it fires,
// in a task of its own (`TASK`: the timer of that task, a millisecond under fake timers).
const TASK = 5;

function recordingDrafts(): DraftStore & { writes: { id: string; at: number; draft: KeptDraft }[]; removals: string[] } {
  const writes: { id: string; at: number; draft: KeptDraft }[] = [];
  const removals: string[] = [];
  return {
    writes,
    removals,
    get: async () => undefined,
    latest: async () => undefined,
    put: async (id, draft) => void writes.push({ id, at: Date.now(), draft }),
    remove: async (id) => void removals.push(id),
  };
}

/** A document whose name is `name`: the same sections each time, as assembling shares them. */
const sections = richSnapshot();
const draftNamed = (name: string): KeptDraft => ({
  snapshot: { ...sections, meta: { ...sections.meta, name } },
  etag: '"v1"',
  keptAt: new Date().toISOString(),
});

function writerOver(plan: () => DraftPlan, drafts = recordingDrafts()) {
  const onKept = vi.fn();
  const onFailed = vi.fn();
  const taken = vi.fn(plan);
  return { writer: draftWriter({ plan: taken, drafts, onKept, onFailed }), drafts, onKept, onFailed, taken };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the draft writer', () => {
  it('writes once, a second after the last change of a burst, and takes nothing on the change itself', async () => {
    let name = 'a';
    const t = writerOver(() => ({ id: 'p1', keep: draftNamed(name) }));
    for (const letter of 'bcde') {
      name = letter;
      t.writer.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(t.taken).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.drafts.writes.map((w) => w.draft.snapshot.meta.name)).toEqual(['e']);
    expect(t.drafts.writes[0]?.at).toBeGreaterThanOrEqual(1300);
    expect(t.drafts.writes[0]?.at).toBeLessThanOrEqual(1300 + TASK);
    expect(t.onKept).toHaveBeenCalledTimes(1);
  });

  it('writes at least every two seconds while changes go on', async () => {
    let n = 0;
    const t = writerOver(() => ({ id: 'p1', keep: draftNamed(`edit ${n}`) }));
    for (n = 1; n <= 60; n++) {
      t.writer.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    const times = t.drafts.writes.map((w) => w.at);
    expect(times.length).toBeGreaterThanOrEqual(2);
    for (const [i, at] of times.entries()) expect(at - (times[i - 1] ?? 0)).toBeLessThanOrEqual(2000 + TASK);
  });

  it('never writes inside a change, even when two seconds of changes without a pause are over', async () => {
    const t = writerOver(() => ({ id: 'p1', keep: draftNamed('typed') }));
    t.writer.changed();
    vi.setSystemTime(2500);
    t.writer.changed();
    expect(t.taken).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(TASK);
    expect(t.taken).toHaveBeenCalledTimes(1);
  });

  it('does not write the same document twice, and removes the draft of a document that is saved', async () => {
    const saved = { current: false };
    const kept = draftNamed('a');
    const t = writerOver(() => (saved.current ? { id: 'p1', remove: true } : { id: 'p1', keep: { ...kept, keptAt: 'later' } }));
    t.writer.changed();
    await vi.advanceTimersByTimeAsync(2000);
    t.writer.changed(); // a change elsewhere: the selection, another slice
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.drafts.writes).toHaveLength(1);
    saved.current = true;
    t.writer.changed();
    await vi.advanceTimersByTimeAsync(2000);
    t.writer.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.drafts.removals).toEqual(['p1']);
  });

  it('writes nothing while there is nothing to keep (a project opening, kept changes offered)', async () => {
    const t = writerOver(() => undefined);
    t.writer.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.drafts.writes).toEqual([]);
    expect(t.drafts.removals).toEqual([]);
  });

  it('writes what is due at once when the page is left', async () => {
    const t = writerOver(() => ({ id: 'p1', keep: draftNamed('last words') }));
    t.writer.changed();
    t.writer.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.drafts.writes.map((w) => [w.draft.snapshot.meta.name, w.at])).toEqual([['last words', 0]]);
    t.writer.flush();
    expect(t.drafts.writes).toHaveLength(1);
  });

  it('tells a failed write, and tries the same document again on the next change', async () => {
    const drafts = recordingDrafts();
    const full = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    drafts.put = vi.fn().mockRejectedValueOnce(full).mockResolvedValue(undefined);
    const t = writerOver(() => ({ id: 'p1', keep: draftNamed('a') }), drafts);
    t.writer.changed();
    await vi.advanceTimersByTimeAsync(1000 + TASK);
    expect(t.onFailed).toHaveBeenCalledWith(full);
    t.writer.changed();
    await vi.advanceTimersByTimeAsync(1000 + TASK);
    expect(drafts.put).toHaveBeenCalledTimes(2);
    expect(t.onKept).toHaveBeenCalledTimes(1);
  });
});

describe('keeping the open document', () => {
  it('keeps an edit a second later, with the ETag it changes, and removes it once saved', async () => {
    vi.useRealTimers();
    const drafts = recordingDrafts();
    const t = await setup({ drafts });
    const id = await storeRich(t.api);
    await t.session.open(id);
    vi.useFakeTimers();
    const page = Object.assign(new EventTarget(), { document: { visibilityState: 'visible' as DocumentVisibilityState } });
    const stop = keepDrafts({ store: t.store, session: t.session, drafts }, page);
    t.edit('componentTree', renamedTree());
    await vi.advanceTimersByTimeAsync(999);
    expect(drafts.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 + TASK);
    expect(drafts.writes.map((w) => [w.id, w.draft.etag, w.draft.snapshot.componentTree])).toEqual([
      [id, t.state().document.etag, renamedTree()],
    ]);
    expect(t.state().document.draft).toBe('kept');

    t.session.rename('Renamed, then the tab hidden');
    page.document.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts.writes.at(-1)?.draft.snapshot.meta.name).toBe('Renamed, then the tab hidden');

    expect(await t.session.save()).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000 + TASK);
    expect(drafts.removals).toEqual([id]);
    stop();
  });
});
