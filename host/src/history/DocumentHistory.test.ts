import { CONTRACT_VERSION, type DomainModule, type Snapshot, snapshotForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { describe, expect, it, vi } from 'vitest';
import { createHostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { DocumentHistory } from './DocumentHistory.js';

const NoEditor = () => null;

/** A domain whose state is a list of names and a selection, like the real ones: only the names are its section. */
function listDomain(key: string, options: { describes?: boolean } = {}) {
  const slice = createSlice({
    name: key,
    reducerPath: key,
    initialState: { names: [] as string[], selected: null as string | null },
    reducers: {
      added: (state, { payload }: PayloadAction<string>) => {
        state.names.push(payload);
        state.selected = payload;
      },
      renamed: (state, { payload }: PayloadAction<{ from: string; to: string }>) => {
        state.names = state.names.map((n) => (n === payload.from ? payload.to : n));
        state.selected = payload.to;
      },
      removed: (state, { payload }: PayloadAction<string>) => {
        state.names = state.names.filter((n) => n !== payload);
      },
      selected: (state, { payload }: PayloadAction<string | null>) => {
        state.selected = payload;
      },
    },
  });
  type State = ReturnType<typeof slice.reducer>;
  const module: DomainModule<State> = {
    key,
    title: key === 'variables' ? 'Variables' : 'Entity models',
    contractVersion: CONTRACT_VERSION,
    version: 1,
    slice,
    hydrateFromSnapshot: () => ({ type: `${key}/none` }),
    selectSnapshot: (state) => state.names as never,
    emptySection: () => [] as never,
    Editor: NoEditor,
    ...(options.describes
      ? {
          describeStep: (action) => {
            if (slice.actions.added.match(action)) return { label: `Add ${action.payload}` };
            if (slice.actions.renamed.match(action)) return { label: 'Rename', group: 'rename' };
            if (slice.actions.removed.match(action)) return { label: 'Delete', removed: `Deleted ${action.payload}` };
            return undefined;
          },
        }
      : {}),
  };
  return { module: module as DomainModule, actions: slice.actions };
}

function setup(options: { limits?: ConstructorParameters<typeof DocumentHistory>[0]['limits'] } = {}) {
  const host = createHostStore();
  const variables = listDomain('variables', { describes: true });
  const models = listDomain('entityModels');
  const ready = new Set(['variables', 'entityModels']);
  for (const { module } of [variables, models]) host.injectDomain(module.key, module.slice.reducer);
  let now = 0;
  const onRemoved = vi.fn();
  const history = new DocumentHistory({
    store: host.store,
    observe: host.observe,
    domains: { readyModules: () => [variables.module, models.module].filter((m) => ready.has(m.key)) },
    onRemoved,
    limits: { joinWithin: 1000, ...options.limits },
    now: () => now,
    schedule: (run) => run(),
  });
  const open = (name = 'Portal') => {
    const snapshot = snapshotForEditor({ ...richSnapshot(), meta: { id: 'p1', name, createdAt: '', updatedAt: '' } } as Snapshot);
    host.store.dispatch(documentActions.opened({ snapshot, etag: '"1"', domainStates: {} }));
  };
  open();
  const state = () => host.store.getState() as unknown as Record<string, { names: string[]; selected: string | null }>;
  return {
    history,
    dispatch: host.store.dispatch,
    variables: variables.actions,
    models: models.actions,
    names: (key: string) => state()[key]?.names,
    domainState: (key: string) => state()[key],
    selected: (key: string) => state()[key]?.selected,
    name: () => host.store.getState().document.meta.name,
    wait: (ms: number) => {
      now += ms;
    },
    ready,
    onRemoved,
    open,
  };
}

describe('DocumentHistory', () => {
  it('undoes and redoes steps across domains in order, naming each', () => {
    const t = setup();
    t.dispatch(t.variables.added('userName'));
    t.wait(2000);
    t.dispatch(t.models.added('Customer'));
    expect(t.history.getView()).toEqual({ undo: 'Edit in Entity models' });
    t.history.undo();
    expect(t.names('entityModels')).toEqual([]);
    expect(t.history.getView()).toEqual({ undo: 'Add userName', redo: 'Edit in Entity models' });
    t.history.undo();
    expect(t.names('variables')).toEqual([]);
    t.history.redo();
    t.history.redo();
    expect(t.names('variables')).toEqual(['userName']);
    expect(t.names('entityModels')).toEqual(['Customer']);
    expect(t.history.redo()).toBe(false);
  });

  it('does not make a step of a selection, but gives back the selection a step was made with', () => {
    const t = setup();
    t.dispatch(t.variables.added('a'));
    t.wait(2000);
    t.dispatch(t.variables.added('b'));
    t.dispatch(t.variables.selected('a'));
    expect(t.history.getView().undo).toBe('Add b');
    t.wait(2000);
    t.dispatch(t.variables.removed('b'));
    t.history.undo();
    expect(t.names('variables')).toEqual(['a', 'b']);
    expect(t.selected('variables')).toBe('a');
  });

  it('joins a burst of typing in one field into one step, but not after a pause', () => {
    const t = setup();
    t.dispatch(t.variables.added('u'));
    t.wait(2000);
    for (const [from, to] of [
      ['u', 'us'],
      ['us', 'use'],
      ['use', 'user'],
    ]) {
      t.wait(200);
      t.dispatch(t.variables.renamed({ from: from as string, to: to as string }));
    }
    t.wait(1500);
    t.dispatch(t.variables.renamed({ from: 'user', to: 'users' }));
    t.history.undo();
    expect(t.names('variables')).toEqual(['user']);
    t.history.undo();
    expect(t.names('variables')).toEqual(['u']);
    t.history.undo();
    expect(t.names('variables')).toEqual([]);
  });

  it('undoes and redoes the last step back to the very states it lay between, copying nothing', () => {
    const t = setup();
    t.dispatch(t.variables.added('a'));
    t.wait(2000);
    const before = t.domainState('variables');
    t.dispatch(t.variables.added('b'));
    const after = t.domainState('variables');
    t.wait(2000);
    const beforeModel = t.domainState('entityModels');
    t.dispatch(t.models.added('M'));
    const afterModel = t.domainState('entityModels');
    t.wait(2000);
    for (let i = 0; i < 2; i++) {
      t.history.undo();
      expect(t.domainState('entityModels')).toBe(beforeModel);
      t.history.redo();
      expect(t.domainState('entityModels')).toBe(afterModel);
    }
    // A step further back is patched the first time, and then lies between the states of that time.
    t.history.undo();
    t.history.undo();
    const undone = t.domainState('variables');
    expect(undone).toEqual(before);
    t.history.redo();
    expect(t.domainState('variables')).toBe(after);
    t.history.undo();
    expect(t.domainState('variables')).toBe(undone);
    t.history.redo();
    t.history.redo();
    expect(t.names('entityModels')).toEqual(['M']);
  });

  it('keeps a selection made after a step through its undo and redo alike', () => {
    const t = setup();
    t.dispatch(t.variables.added('a'));
    t.wait(2000);
    t.dispatch(t.variables.added('b'));
    t.wait(2000);
    t.history.undo();
    t.history.redo();
    t.dispatch(t.variables.selected(null));
    t.history.undo();
    expect(t.selected('variables')).toBe('a');
    t.dispatch(t.variables.selected('a'));
    t.history.redo();
    expect(t.names('variables')).toEqual(['a', 'b']);
    expect(t.selected('variables')).toBe('b');
    t.dispatch(t.variables.selected(null));
    t.history.undo();
    t.history.redo();
    expect(t.selected('variables')).toBe('b');
  });

  it('never joins typing onto a step undone and made again, however soon', () => {
    const t = setup();
    t.dispatch(t.variables.added('u'));
    t.wait(2000);
    t.dispatch(t.variables.renamed({ from: 'u', to: 'us' }));
    t.wait(100);
    t.history.undo();
    t.history.redo();
    t.wait(100);
    t.dispatch(t.variables.renamed({ from: 'us', to: 'use' }));
    t.history.undo();
    expect(t.names('variables')).toEqual(['us']);
    t.history.undo();
    expect(t.names('variables')).toEqual(['u']);
  });

  it('makes the project name a step, and a new edit drops what was undone', () => {
    const t = setup();
    t.dispatch(documentActions.renamed('Portal 2'));
    expect(t.history.getView()).toEqual({ undo: 'Rename project' });
    t.history.undo();
    expect(t.name()).toBe('Portal');
    t.dispatch(t.variables.added('x'));
    expect(t.history.getView()).toEqual({ undo: 'Add x' });
  });

  it('tells what a removal took, with an Undo that brings it back', () => {
    const t = setup();
    t.dispatch(t.variables.added('userName'));
    t.wait(2000);
    t.dispatch(t.variables.removed('userName'));
    expect(t.onRemoved).toHaveBeenCalledWith('Deleted userName', expect.any(Function));
    t.onRemoved.mock.calls[0]?.[1]();
    expect(t.names('variables')).toEqual(['userName']);
  });

  it('starts a new history when a document is opened', () => {
    const t = setup();
    t.dispatch(t.variables.added('userName'));
    t.open('Other');
    expect(t.history.getView()).toEqual({});
    expect(t.history.undo()).toBe(false);
  });

  it('leaves an unavailable domain untouched, and still undoes the others', () => {
    const t = setup();
    t.dispatch(t.variables.added('a'));
    t.wait(2000);
    t.dispatch(t.models.added('M'));
    t.wait(2000);
    t.dispatch(t.variables.added('b'));
    t.ready.delete('entityModels');
    t.history.undo();
    t.history.undo();
    expect(t.names('variables')).toEqual([]);
    expect(t.names('entityModels')).toEqual(['M']);
    t.ready.add('entityModels');
    t.history.redo();
    expect(t.names('entityModels')).toEqual(['M']);
  });

  it('drops the oldest steps beyond its limits', () => {
    const t = setup({ limits: { steps: 3 } });
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      t.wait(2000);
      t.dispatch(t.variables.added(name));
    }
    while (t.history.undo());
    expect(t.names('variables')).toEqual(['a', 'b']);
  });

  it('keeps no more than its byte limit, estimated from what each step holds alive', () => {
    const t = setup({ limits: { bytes: 40_000 } });
    for (let i = 0; i < 50; i++) {
      t.wait(2000);
      t.dispatch(t.variables.added(`variable number ${i}`));
    }
    expect(t.history.bytes).toBeLessThanOrEqual(40_000);
    let undone = 0;
    while (t.history.undo()) undone += 1;
    expect(undone).toBeGreaterThan(1);
    expect(undone).toBeLessThan(50);
  });
});
