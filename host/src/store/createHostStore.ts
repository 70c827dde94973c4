import { type Action, combineSlices, configureStore, type Middleware, type Reducer, type UnknownAction } from '@reduxjs/toolkit';
import { type DocumentState, type DomainStates, documentSlice } from './documentSlice.js';
import { type RemotesState, remotesSlice } from './remotesSlice.js';

/** The host's own slices, and each injected domain's state under its key. */
export interface HostState {
  remotes: RemotesState;
  document: DocumentState;
  [domainKey: string]: unknown;
}

/** Actions of the host's own bookkeeping: a domain reducer that throws on these is not reported again. */
const HOST_ACTION = /^remotes\//;

export type DomainReducerError = (key: string, error: unknown, action: Action) => void;

/** Told of every action that changed the state, with the states before and after it (the undo history is one). */
export type StoreObserver = (action: UnknownAction, before: HostState, after: HostState) => void;

/**
 * The one store of the page. Domain reducers are injected at run time, each behind a guard:
 * a reducer that throws keeps its slice's last good state and leaves every other slice alone.
 */
export function createHostStore({ onDomainError = () => {} }: { onDomainError?: DomainReducerError } = {}) {
  const rootReducer = combineSlices(remotesSlice, documentSlice).withLazyLoadedSlices<Record<string, unknown>>();
  const reducer: Reducer<HostState> = withDomainStates(rootReducer as unknown as Reducer<HostState>);
  const observers = new Set<StoreObserver>();
  const observing: Middleware<object, HostState> = (api) => (next) => (action) => {
    const before = api.getState();
    const result = next(action);
    const after = api.getState();
    if (after !== before) for (const observer of observers) observer(action as UnknownAction, before, after);
    return result;
  };
  const store = configureStore({
    reducer,
    // Development-only check; it walks the whole state on every action, too slow for documents of thousands of nodes.
    middleware: (getDefault) => getDefault({ serializableCheck: false }).concat(observing),
  });

  /** Adds an observer of the store's changes; returns how to remove it. */
  function observe(observer: StoreObserver): () => void {
    observers.add(observer);
    return () => observers.delete(observer);
  }

  function injectDomain(key: string, reducer: Reducer) {
    const guarded: Reducer = (state, action) => {
      try {
        return reducer(state, action);
      } catch (error) {
        // Reported after the dispatch: a reducer may not touch the store, and a handler may want to.
        if (!HOST_ACTION.test(action.type)) queueMicrotask(() => onDomainError(key, error, action));
        return state;
      }
    };
    rootReducer.inject({ reducerPath: key, reducer: guarded }, { overrideExisting: true });
  }

  return { store, injectDomain, observe };
}

/**
 * A document action may carry `domainStates`: the new state of each domain slice, computed before it was
 * dispatched. They are set in the same reducer call as the document, so no render ever sees one domain
 * of the new document beside another of the old.
 */
function withDomainStates(reducer: Reducer<HostState>): Reducer<HostState> {
  return (state, action) => {
    const next = reducer(state, action);
    const domainStates = (action as UnknownAction & { payload?: { domainStates?: DomainStates } }).payload?.domainStates;
    return action.type.startsWith('document/') && domainStates ? { ...next, ...domainStates } : next;
  };
}

export type HostStore = ReturnType<typeof createHostStore>['store'];
