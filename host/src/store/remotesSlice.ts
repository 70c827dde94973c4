import type { RemoteEntry } from '@psb/contracts';
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export type RemoteStatus = 'loading' | 'ready' | 'failed' | 'incompatible';

export interface RemoteState {
  key: string;
  title: string;
  status: RemoteStatus;
  /** Why it is failed or incompatible, for people. */
  reason?: string;
  /** Counts loads, so that a retried editor mounts afresh. */
  attempt: number;
}

export interface RemotesState {
  registry: { status: 'loading' | 'ready' | 'failed'; reason?: string };
  /** In registry order. */
  keys: string[];
  byKey: Record<string, RemoteState>;
}

const initialState: RemotesState = { registry: { status: 'loading' }, keys: [], byKey: {} };

/** Turns a key such as `entityModels` into "Entity models", for a remote whose registry entry has no title. */
export const titleOf = (entry: Pick<RemoteEntry, 'key' | 'title'>) =>
  entry.title ??
  entry.key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ [A-Z]/g, (c) => c.toLowerCase());

/** Where each federated editor stands. Only serializable facts: the loaded modules live in the DomainHost. */
export const remotesSlice = createSlice({
  name: 'remotes',
  initialState,
  reducers: {
    registryRequested(state) {
      state.registry = { status: 'loading' };
    },
    registryLoaded(state, { payload }: PayloadAction<RemoteEntry[]>) {
      state.registry = { status: 'ready' };
      state.keys = payload.map((e) => e.key);
      state.byKey = Object.fromEntries(
        payload.map((e) => [
          e.key,
          { key: e.key, title: titleOf(e), status: 'loading' as const, attempt: state.byKey[e.key]?.attempt ?? 0 },
        ]),
      );
    },
    registryFailed(state, { payload }: PayloadAction<string>) {
      state.registry = { status: 'failed', reason: payload };
    },
    remoteLoading(state, { payload }: PayloadAction<string>) {
      const remote = state.byKey[payload];
      if (!remote) return;
      remote.status = 'loading';
      delete remote.reason;
    },
    remoteReady(state, { payload }: PayloadAction<{ key: string; title: string }>) {
      const remote = state.byKey[payload.key];
      if (!remote) return;
      remote.status = 'ready';
      remote.title = payload.title;
      remote.attempt += 1;
      delete remote.reason;
    },
    remoteFailed(state, { payload }: PayloadAction<{ key: string; status: 'failed' | 'incompatible'; reason: string }>) {
      const remote = state.byKey[payload.key];
      if (!remote) return;
      remote.status = payload.status;
      remote.reason = payload.reason;
    },
  },
});

export const { registryRequested, registryLoaded, registryFailed, remoteLoading, remoteReady, remoteFailed } =
  remotesSlice.actions;
