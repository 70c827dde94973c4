import { type Action, combineSlices, configureStore, type Reducer } from '@reduxjs/toolkit';
import { remotesSlice } from '../federation/remotesSlice.js';

/** Actions of the host's own bookkeeping: a domain reducer that throws on these is not reported again. */
const HOST_ACTION = /^remotes\//;

export type DomainReducerError = (key: string, error: unknown, action: Action) => void;

/**
 * The one store of the page. Domain reducers are injected at run time, each behind a guard:
 * a reducer that throws keeps its slice's last good state and leaves every other slice alone.
 */
export function createHostStore({ onDomainError = () => {} }: { onDomainError?: DomainReducerError } = {}) {
  const rootReducer = combineSlices(remotesSlice).withLazyLoadedSlices<Record<string, unknown>>();
  const store = configureStore({ reducer: rootReducer });

  function injectDomain(key: string, reducer: Reducer) {
    const guarded: Reducer = (state, action) => {
      try {
        return reducer(state, action);
      } catch (error) {
        if (!HOST_ACTION.test(action.type)) onDomainError(key, error, action);
        return state;
      }
    };
    rootReducer.inject({ reducerPath: key, reducer: guarded }, { overrideExisting: true });
  }

  return { store, injectDomain };
}

export type HostStore = ReturnType<typeof createHostStore>['store'];
export type HostState = ReturnType<HostStore['getState']>;
