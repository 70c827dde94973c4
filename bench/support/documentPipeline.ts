import { checkSnapshot, type DomainModule, emptySections, SCHEMA_VERSION, type Snapshot } from '@psb/contracts';
import { documentActions } from '../../host/src/document/documentSlice.js';
import { migrateSnapshot } from '../../host/src/document/migrateSnapshot.js';
import { serializeSnapshot } from '../../host/src/document/serializeSnapshot.js';
import { createHostStore, type HostState, type HostStore } from '../../host/src/store/createHostStore.js';

// The host's load and save, step by step, as ProjectSession does them (#show, assemble, save), so that each
// step can be timed on its own. The steps are the host's and the domains' own functions; only the glue is here.

/** A host store with every domain's reducer injected, as after the remotes loaded. */
export function storeWith(domains: DomainModule[]): HostStore {
  const { store, injectDomain } = createHostStore();
  for (const domain of domains) injectDomain(domain.key, domain.slice.reducer);
  return store;
}

export const formatsOf = (domains: DomainModule[]) =>
  Object.fromEntries(domains.map((d) => [d.key, { version: d.version, migrations: d.migrations }]));

export function migrate(parsed: unknown, domains: DomainModule[]): Snapshot {
  return migrateSnapshot(parsed, { domains: formatsOf(domains) }) as Snapshot;
}

export function check(snapshot: Snapshot, options: { draft?: boolean } = {}): void {
  const problems = checkSnapshot(snapshot, options);
  if (problems.length > 0) throw new Error(`generated snapshot is invalid: ${JSON.stringify(problems.slice(0, 3))}`);
}

/** Every domain's new state computed from its section, then set with the document in one dispatch. */
export function hydrate(store: HostStore, snapshot: Snapshot, domains: DomainModule[]): void {
  const domainStates: Record<string, unknown> = {};
  for (const domain of domains) {
    const section = (snapshot as Record<string, unknown>)[domain.key];
    domainStates[domain.key] = domain.slice.reducer(
      store.getState()[domain.key],
      domain.hydrateFromSnapshot(section, snapshot.ui),
    );
  }
  store.dispatch(documentActions.opened({ snapshot, etag: '"bench"', domainStates }));
}

/** The snapshot Save would send: each domain's section, the kept ones, meta and ui (ProjectSession.assemble). */
export function select(state: HostState, domains: DomainModule[]): Snapshot {
  const doc = state.document;
  const sections: Record<string, unknown> = { ...emptySections(), ...doc.sections };
  const versions: Record<string, number> = { ...doc.versions };
  let ui = doc.ui;
  for (const domain of domains) {
    sections[domain.key] = domain.selectSnapshot(state[domain.key]);
    versions[domain.key] = domain.version;
    if (domain.selectUi) ui = { ...ui, ...domain.selectUi(state[domain.key]) };
  }
  const { name, description, createdAt, updatedAt } = doc.meta;
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      id: doc.id ?? '',
      name,
      ...(description === undefined ? {} : { description }),
      createdAt: createdAt ?? '',
      updatedAt: updatedAt ?? '',
    },
    ...sections,
    ...(Object.keys(ui).length > 0 ? { ui } : {}),
    domainVersions: versions,
  } as Snapshot;
}

export { serializeSnapshot };
