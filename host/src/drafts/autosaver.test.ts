import { treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../api/projectsApi.js';
import { renamedTree, setup, storeRich } from '../document/sessionHarness.js';
import { documentActions } from '../store/documentSlice.js';
import { mayAutosave, retryDelay } from './autosaveRules.js';
import { autosave } from './autosaver.js';
import { autosaveSettingIn } from './autosaveSetting.js';

// Autosave over a real session and the in-memory API; only the clock is fake.

async function editing({ enabled = true } = {}) {
  const t = await setup();
  const id = await storeRich(t.api);
  await t.session.open(id);
  vi.useFakeTimers();
  const setting = autosaveSettingIn(undefined);
  setting.set(enabled);
  const page = new EventTarget();
  const replace = vi.spyOn(t.api, 'replace');
  const stop = autosave({ store: t.store, session: t.session, setting }, page);
  return { ...t, id, setting, page, replace, stop };
}
const offline = () => new NetworkError(new TypeError('Failed to fetch'));
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves two seconds after the last edit, with no key press, and not when nothing changed', async () => {
    const t = await editing();
    t.edit('componentTree', renamedTree());
    await wait(1000);
    t.session.rename('Portal 2');
    await wait(1900);
    expect(t.replace).not.toHaveBeenCalled();
    await wait(100);
    expect(t.replace).toHaveBeenCalledTimes(1);
    expect(t.session.isDirty()).toBe(false);
    expect((await t.api.get(t.id)).snapshot).toMatchObject({ meta: { name: 'Portal 2' }, componentTree: renamedTree() });
    t.session.askSaveAs();
    t.session.closeDialog();
    await wait(10_000);
    expect(t.replace).toHaveBeenCalledTimes(1);
    t.stop();
  });

  it('does not save a difference the person did not make, until they edit', async () => {
    const t = await editing();
    // An editor that loaded late upgraded its section: the document differs from the stored one, untouched by hand.
    t.store.dispatch(
      documentActions.domainsHydrated({ domainStates: { componentTree: treeForEditor(renamedTree()) }, versions: {} }),
    );
    expect(t.session.isDirty()).toBe(true);
    await wait(10_000);
    expect(t.replace).not.toHaveBeenCalled();
    t.session.rename('Portal, edited');
    await wait(2000);
    expect((await t.api.get(t.id)).snapshot).toMatchObject({ meta: { name: 'Portal, edited' }, componentTree: renamedTree() });
    t.stop();
  });

  it('does nothing when turned off, and saves once turned on again', async () => {
    const t = await editing({ enabled: false });
    t.edit('componentTree', renamedTree());
    await wait(10_000);
    expect(t.replace).not.toHaveBeenCalled();
    t.setting.set(true);
    await wait(2000);
    expect(t.replace).toHaveBeenCalledTimes(1);
    t.stop();
  });

  it('waits while a dialog is open, and saves after it is closed', async () => {
    const t = await editing();
    t.edit('componentTree', renamedTree());
    t.session.askSaveAs();
    await wait(10_000);
    expect(t.replace).not.toHaveBeenCalled();
    t.session.closeDialog();
    await wait(2000);
    expect(t.replace).toHaveBeenCalledTimes(1);
    t.stop();
  });

  it('offline, retries after 2, 4, 8 … seconds, says so once, and is saved when the server answers again', async () => {
    const t = await editing();
    t.replace.mockRejectedValue(offline());
    t.edit('componentTree', renamedTree());
    await wait(2000);
    expect(t.replace).toHaveBeenCalledTimes(1);
    expect(t.state().document.save).toBe('offline');
    for (const [i, delay] of [2000, 4000, 8000].entries()) {
      await wait(delay - 1);
      expect(t.replace).toHaveBeenCalledTimes(i + 1);
      await wait(1);
      expect(t.replace).toHaveBeenCalledTimes(i + 2);
    }
    // Edits meanwhile do not send more requests: the next retry saves them too.
    t.session.rename('Portal, offline');
    await wait(15_999);
    expect(t.replace).toHaveBeenCalledTimes(4);
    expect(t.notify.error).toHaveBeenCalledTimes(1);
    t.replace.mockRestore();
    await wait(1);
    expect(t.state().document.save).toBe('idle');
    expect(t.session.isDirty()).toBe(false);
    expect((await t.api.get(t.id)).snapshot.meta.name).toBe('Portal, offline');
    t.stop();
  });

  it('retries at once when the browser is online again', async () => {
    const t = await editing();
    t.replace.mockRejectedValueOnce(offline());
    t.edit('componentTree', renamedTree());
    await wait(2000);
    expect(t.state().document.save).toBe('offline');
    t.page.dispatchEvent(new Event('online'));
    await wait(0);
    expect(t.replace).toHaveBeenCalledTimes(2);
    expect(t.state().document.save).toBe('idle');
    t.stop();
  });

  it('after a conflict, saves nothing by itself until the person chooses', async () => {
    const t = await editing();
    const theirs = await t.api.get(t.id);
    await t.api.replace(t.id, JSON.stringify({ ...theirs.snapshot, entityModels: { entities: {}, ids: [] } }), theirs.etag);
    t.replace.mockClear();
    t.edit('componentTree', renamedTree());
    await wait(2000);
    expect(t.state().document.dialog).toEqual({ kind: 'conflict' });
    t.session.closeDialog();
    t.session.rename('Still mine');
    await wait(60_000);
    expect(t.replace).toHaveBeenCalledTimes(1);
    await t.session.resolveConflict('overwrite');
    t.session.rename('Mine, after choosing');
    await wait(2000);
    expect((await t.api.get(t.id)).snapshot.meta.name).toBe('Mine, after choosing');
    t.stop();
  });

  it('after a refusal, waits for the document to change before trying again', async () => {
    const t = await editing();
    const broken = structuredClone(richSnapshot().componentTree);
    broken.rootIds.push('ghost');
    t.edit('componentTree', broken);
    await wait(2000);
    expect(t.state().document.dialog).toMatchObject({ kind: 'problems' });
    t.session.closeDialog();
    await wait(10_000);
    expect(t.state().document.dialog).toBeNull();
    t.edit('componentTree', renamedTree());
    await wait(2000);
    expect(t.session.isDirty()).toBe(false);
    expect(t.replace).toHaveBeenCalledTimes(1);
    t.stop();
  });
});

describe('autosave’s rules', () => {
  it('waits twice as long after each failed retry, up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('never saves while a project opens, kept changes are offered, a save is under way, or a name is blank', async () => {
    const t = await setup();
    await t.session.open(await storeRich(t.api));
    const doc = { ...t.state().document, edited: true };
    const may = (over: Partial<typeof doc>, { opening = false, dirty = true } = {}) =>
      mayAutosave({ enabled: true, doc: { ...doc, ...over }, dirty, opening });
    expect(may({})).toBe(true);
    expect(may({}, { dirty: false })).toBe(false);
    expect(may({}, { opening: true })).toBe(false);
    expect(may({ offer: { keptAt: '2026-12-05T14:32:00.000Z' } })).toBe(false);
    expect(may({ save: 'saving' })).toBe(false);
    expect(may({ dialog: { kind: 'conflict' } })).toBe(false);
    expect(may({ meta: { name: '  ' } })).toBe(false);
    expect(may({ edited: false })).toBe(false);
    expect(mayAutosave({ enabled: false, doc, dirty: true, opening: false })).toBe(false);
  });
});
