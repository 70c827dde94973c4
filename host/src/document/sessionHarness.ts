import { type DomainModule, type RemoteEntry, sectionForEditor, sectionForFile } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { vi } from 'vitest';
import { memoryProjectsApi } from '../api/memoryProjectsApi.js';
import type { ProjectsApi } from '../api/projectsApi.js';
import { DomainHost } from '../federation/DomainHost.js';
import type { FederationRuntime } from '../federation/runtime.js';
import { createHostStore } from '../store/createHostStore.js';
import { sectionDomain } from '../testing/sectionDomain.js';
import { type DraftStore, ProjectSession } from './ProjectSession.js';
import { serializeSnapshot } from './serializeSnapshot.js';

// A ProjectSession as the editor has it, over the in-memory API and test domains, for the session's tests.

const KEYS = ['componentTree', 'variables', 'entityModels', 'actionFlows'] as const;

/** The fixture's tree with its root renamed: an edit that keeps every binding valid. */
export function renamedTree() {
  const tree = structuredClone(richSnapshot().componentTree);
  Object.assign(tree.nodes.page as object, { name: 'Landing page' });
  return tree;
}

/**
 * A session over the in-memory API with the four domains; `down` lists keys whose remote fails to
 * load, `late` keys that load only when `arrive()` is called; `drafts` keeps changes as a browser would.
 */
export async function setup(
  options: { down?: string[]; late?: string[]; modules?: Partial<Record<string, DomainModule>>; drafts?: DraftStore } = {},
) {
  const api = memoryProjectsApi();
  const fakes = Object.fromEntries(KEYS.map((k) => [k, sectionDomain(k)]));
  const modules = Object.fromEntries(KEYS.map((k) => [k, options.modules?.[k] ?? fakes[k]?.domain])) as Record<
    string,
    DomainModule
  >;
  const arrivals: (() => void)[] = [];
  const runtime: FederationRuntime = {
    registerRemotes: () => {},
    loadRemote: async <T>(id: string) => {
      const key = id.split('/')[0] as string;
      if (options.down?.includes(key)) throw new Error('offline');
      if (options.late?.includes(key)) await new Promise<void>((resolve) => arrivals.push(resolve));
      return { default: modules[key] } as T;
    },
  };
  const host = createHostStore();
  const domains = new DomainHost({
    host,
    runtime,
    fetchRegistry: async () =>
      KEYS.map((key): RemoteEntry => ({ key, name: key, entry: `/${key}/mf-manifest.json`, contract: '^2' })),
  });
  const notify = { error: vi.fn(), success: vi.fn(), undoable: vi.fn() };
  const download = vi.fn();
  const drafts = options.drafts;
  const session = new ProjectSession({ store: host.store, domains, api, notify, download, ...(drafts ? { drafts } : {}) });
  const started = domains.start();
  if (!options.late?.length) await started;
  const { store } = host;
  return {
    api,
    store,
    /** Calls an observer after every action that changed the state: what an undo history watches. */
    observe: host.observe,
    domains,
    session,
    notify,
    download,
    started,
    arrive: async () => {
      for (const resolve of arrivals) resolve();
      await started;
    },
    /** An edit as the domain's editor makes it, `section` given as a file holds it. */
    edit: (key: (typeof KEYS)[number], section: unknown) =>
      store.dispatch(fakes[key]?.changed(sectionForEditor(key, section)) as never),
    /** What the domain `key` holds now, as a file would hold it. */
    held: (key: (typeof KEYS)[number]) => sectionForFile(key, store.getState()[key]),
    state: () => store.getState(),
  };
}

/** Stores the rich fixture, plus an unknown section, and returns its id. */
export async function storeRich(api: ProjectsApi, change: (s: Record<string, unknown>) => void = () => {}) {
  const snapshot: Record<string, unknown> = { ...richSnapshot(), analytics: { funnels: [{ step: 'greet', rate: 0.25 }] } };
  change(snapshot);
  return (await api.create(serializeSnapshot(snapshot))).snapshot.meta.id;
}
