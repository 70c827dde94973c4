import { CONTRACT_VERSION, type DomainModule, type RemoteEntry } from '@psb/contracts';
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { describe, expect, it, vi } from 'vitest';
import { createHostStore } from '../store/createHostStore.js';
import { DomainHost } from './DomainHost.js';
import type { FederationRuntime } from './runtime.js';

const NoEditor = () => null;

/** A small but complete domain module: a counter under `key`. */
function fakeDomain(key: string, overrides: Partial<DomainModule> = {}): DomainModule {
  const slice = createSlice({
    name: key,
    reducerPath: key,
    initialState: { count: 0 },
    reducers: {
      incremented: (state) => {
        state.count += 1;
      },
      hydrated: (_state, action: PayloadAction<{ count: number }>) => action.payload,
    },
  });
  return {
    key,
    title: key,
    contractVersion: CONTRACT_VERSION,
    version: 1,
    slice,
    hydrateFromSnapshot: slice.actions.hydrated,
    selectSnapshot: (state) => state,
    emptySection: () => ({ count: 0 }),
    Editor: NoEditor,
    ...overrides,
  } as DomainModule;
}

const entry = (key: string): RemoteEntry => ({ key, name: key, entry: `/remotes/${key}/mf-manifest.json`, contract: '^2' });

type Behaviour = { module: unknown } | { error: Error } | 'hang';

/** A federation runtime serving modules from a table the test can change between loads. */
function fakeRuntime(table: Record<string, Behaviour>) {
  const registered: { name: string; entry: string; force: boolean }[] = [];
  const runtime: FederationRuntime = {
    registerRemotes(remotes, options) {
      for (const r of remotes) registered.push({ ...r, force: options?.force ?? false });
    },
    async loadRemote<T>(id: string) {
      const behaviour = table[id.split('/')[0] as string];
      if (!behaviour || behaviour === 'hang') return new Promise<T>(() => {});
      if ('error' in behaviour) throw behaviour.error;
      return { default: behaviour.module } as T;
    },
  };
  return { runtime, registered };
}

async function started(table: Record<string, Behaviour>, options: { timeoutMs?: number; onDomainError?: () => void } = {}) {
  const { runtime, registered } = fakeRuntime(table);
  const host = createHostStore({ onDomainError: options.onDomainError });
  const domainHost = new DomainHost({
    host,
    runtime,
    fetchRegistry: async () => Object.keys(table).map(entry),
    timeoutMs: options.timeoutMs ?? 1000,
    baseUrl: 'http://editor.test/projects/1',
  });
  await domainHost.start();
  const state = () => host.store.getState();
  return { domainHost, store: host.store, state, registered, table };
}

describe('DomainHost', () => {
  it('injects a good remote into the one store, where its actions work', async () => {
    const good = fakeDomain('variables');
    const { state, store, registered, domainHost } = await started({ variables: { module: good } });
    expect(state().remotes.byKey.variables).toMatchObject({ status: 'ready', title: 'variables' });
    expect(state().variables).toEqual({ count: 0 });
    store.dispatch({ type: 'variables/incremented' });
    expect(state().variables).toEqual({ count: 1 });
    expect(domainHost.module('variables')).toBe(good);
    expect(registered).toEqual([
      { name: 'variables', entry: 'http://editor.test/remotes/variables/mf-manifest.json', force: false },
    ]);
  });

  it('refuses a module of the wrong shape as incompatible, without injecting it', async () => {
    const broken = { ...fakeDomain('variables'), selectSnapshot: 'not a function', slice: undefined };
    const { state } = await started({ variables: { module: broken } });
    const remote = state().remotes.byKey.variables;
    expect(remote?.status).toBe('incompatible');
    expect(remote?.reason).toContain('/selectSnapshot Expected a function.');
    expect(remote?.reason).toContain('/slice Expected a slice with a reducer.');
    expect(state().variables).toBeUndefined();
  });

  it('refuses a remote built against another contract major, naming both versions', async () => {
    const { state } = await started({ variables: { module: fakeDomain('variables', { contractVersion: '3.0.0' }) } });
    expect(state().remotes.byKey.variables).toMatchObject({
      status: 'incompatible',
      reason: `It was built against contract 3.0.0; this editor accepts ^2 (it implements ${CONTRACT_VERSION}).`,
    });
    expect(state().variables).toBeUndefined();
  });

  it('refuses a remote that claims another section than its registry entry', async () => {
    const { state } = await started({ variables: { module: fakeDomain('entityModels') } });
    expect(state().remotes.byKey.variables?.reason).toBe('It edits "entityModels", but the registry lists it for "variables".');
  });

  it('refuses a remote whose reducer throws while starting', async () => {
    const throwing = fakeDomain('variables', {
      slice: {
        name: 'variables',
        reducerPath: 'variables',
        reducer: () => {
          throw new Error('boom at init');
        },
      },
    });
    const { state } = await started({ variables: { module: throwing } });
    expect(state().remotes.byKey.variables).toMatchObject({
      status: 'failed',
      reason: 'Its reducer threw while starting: boom at init',
    });
    expect(state().variables).toBeUndefined();
  });

  it('keeps the last good state of a reducer that throws on an action, and leaves the others alone', async () => {
    const onDomainError = vi.fn();
    const good = fakeDomain('variables');
    let fail = false;
    const flaky = fakeDomain('entityModels');
    const reducer = flaky.slice.reducer;
    flaky.slice = {
      ...flaky.slice,
      reducer: (state, action) => {
        if (fail) throw new Error('flaky');
        return reducer(state, action);
      },
    };
    const { state, store } = await started({ variables: { module: good }, entityModels: { module: flaky } }, { onDomainError });
    store.dispatch({ type: 'entityModels/incremented' });
    fail = true;
    store.dispatch({ type: 'variables/incremented' });
    expect(state().variables).toEqual({ count: 1 });
    expect(state().entityModels).toEqual({ count: 1 });
    // Reported once the dispatch is over, when reading the store is allowed again.
    expect(onDomainError).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(onDomainError).toHaveBeenCalledWith('entityModels', new Error('flaky'), { type: 'variables/incremented' });
  });

  it('marks a remote that cannot be fetched or does not answer as failed, while the others load', async () => {
    const { state } = await started(
      {
        componentTree: { module: fakeDomain('componentTree') },
        variables: { error: new Error('Failed to get manifest. #RUNTIME-003') },
        entityModels: 'hang',
        actionFlows: { module: fakeDomain('actionFlows') },
      },
      { timeoutMs: 50 },
    );
    const statuses = Object.fromEntries(Object.values(state().remotes.byKey).map((r) => [r.key, r.status]));
    expect(statuses).toEqual({ componentTree: 'ready', variables: 'failed', entityModels: 'failed', actionFlows: 'ready' });
    expect(state().remotes.byKey.variables?.reason).toBe('It could not be loaded: Failed to get manifest. #RUNTIME-003');
    expect(state().remotes.byKey.entityModels?.reason).toBe('It could not be loaded: no answer within 0.05 s');
    expect(state().componentTree).toEqual({ count: 0 });
  });

  it('loads a remote afresh on Retry once it is back', async () => {
    const { state, domainHost, table, registered } = await started({ variables: { error: new Error('offline') } });
    expect(state().remotes.byKey.variables?.status).toBe('failed');
    table.variables = { module: fakeDomain('variables') };
    await domainHost.retry('variables');
    expect(state().remotes.byKey.variables).toMatchObject({ status: 'ready', attempt: 1 });
    expect(registered.at(-1)?.force).toBe(true);
  });

  it('makes an editor that crashed while rendering unavailable, with the reason', async () => {
    const { state, domainHost } = await started({ variables: { module: fakeDomain('variables') } });
    domainHost.crashed('variables', new Error('Cannot read properties of undefined'));
    expect(state().remotes.byKey.variables).toMatchObject({
      status: 'failed',
      reason: 'It crashed while rendering: Cannot read properties of undefined',
    });
  });

  it('says so when the registry cannot be read', async () => {
    const host = createHostStore();
    const domainHost = new DomainHost({
      host,
      runtime: fakeRuntime({}).runtime,
      fetchRegistry: async () => {
        throw new Error('the server answered 500 for /api/remotes');
      },
    });
    await domainHost.start();
    expect(host.store.getState().remotes.registry).toEqual({
      status: 'failed',
      reason: 'The list of editors could not be loaded: the server answered 500 for /api/remotes',
    });
  });
});
