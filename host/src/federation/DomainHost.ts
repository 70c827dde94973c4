import type { DomainModule, RemoteEntry } from '@psb/contracts';
import type { createHostStore } from '../store/createHostStore.js';
import {
  registryFailed,
  registryLoaded,
  registryRequested,
  remoteFailed,
  remoteLoading,
  remoteReady,
  titleOf,
} from '../store/remotesSlice.js';
import { loadDomain, messageOf } from './loadDomain.js';
import type { FederationRuntime } from './runtime.js';

export interface DomainHostOptions {
  host: ReturnType<typeof createHostStore>;
  runtime: FederationRuntime;
  fetchRegistry: () => Promise<RemoteEntry[]>;
  timeoutMs?: number;
  baseUrl?: string;
}

/**
 * Loads the registry's remotes, each in isolation and all in parallel, and injects every one that
 * passes its checks into the one store. Keeps the loaded modules (functions and components, which
 * do not belong in Redux state); their status lives in the store's `remotes` slice.
 */
export class DomainHost {
  readonly #options: DomainHostOptions;
  readonly #modules = new Map<string, DomainModule>();
  readonly #readyListeners = new Set<(module: DomainModule) => void>();
  #entries: RemoteEntry[] = [];

  constructor(options: DomainHostOptions) {
    this.#options = options;
  }

  get store() {
    return this.#options.host.store;
  }

  /** Reads the registry, then loads every remote. Resolves when each has succeeded or failed. */
  async start(): Promise<void> {
    const { dispatch } = this.store;
    dispatch(registryRequested());
    try {
      this.#entries = await this.#options.fetchRegistry();
    } catch (error) {
      dispatch(registryFailed(`The list of editors could not be loaded: ${messageOf(error)}`));
      return;
    }
    dispatch(registryLoaded(this.#entries));
    await Promise.all(this.#entries.map((entry) => this.#load(entry, false)));
  }

  /** Loads a remote again from scratch, e.g. after it failed or crashed. */
  async retry(key: string): Promise<void> {
    const entry = this.#entries.find((e) => e.key === key);
    if (entry) await this.#load(entry, true);
  }

  /** An editor threw while rendering: it becomes unavailable, the others carry on. */
  crashed(key: string, error: unknown): void {
    this.store.dispatch(remoteFailed({ key, status: 'failed', reason: `It crashed while rendering: ${messageOf(error)}` }));
  }

  /**
   * Calls `listener` with each module once its reducer is injected and before it shows as ready:
   * the moment to give it the open document's section. Returns the unsubscribe function.
   */
  onReady(listener: (module: DomainModule) => void): () => void {
    this.#readyListeners.add(listener);
    return () => this.#readyListeners.delete(listener);
  }

  /** The modules whose editors are ready now. */
  readyModules(state = this.store.getState()): DomainModule[] {
    return this.modules.filter((m) => state.remotes.byKey[m.key]?.status === 'ready');
  }

  module(key: string): DomainModule | undefined {
    return this.#modules.get(key);
  }

  /** The modules loaded and ready, in registry order. */
  get modules(): DomainModule[] {
    return this.#entries.flatMap((e) => this.#modules.get(e.key) ?? []);
  }

  async #load(entry: RemoteEntry, force: boolean): Promise<void> {
    const { dispatch } = this.store;
    dispatch(remoteLoading(entry.key));
    const outcome = await loadDomain(entry, {
      runtime: this.#options.runtime,
      timeoutMs: this.#options.timeoutMs ?? 15_000,
      force,
      baseUrl: this.#options.baseUrl,
    });
    if (outcome.status !== 'ready') {
      dispatch(remoteFailed({ key: entry.key, status: outcome.status, reason: outcome.reason }));
      return;
    }
    this.#modules.set(entry.key, outcome.module);
    this.#options.host.injectDomain(entry.key, outcome.module.slice.reducer);
    for (const listener of this.#readyListeners) listener(outcome.module);
    if (this.store.getState().remotes.byKey[entry.key]?.status !== 'loading') return;
    dispatch(remoteReady({ key: entry.key, title: entry.title ?? outcome.module.title ?? titleOf(entry) }));
  }
}
