import { checkSnapshot, type DomainModule, type Snapshot } from '@psb/contracts';
import { assembleSnapshot } from '../../host/src/document/assembleSnapshot.js';
import { documentActions } from '../../host/src/document/documentSlice.js';
import { hydrateDomains } from '../../host/src/document/hydrateDomains.js';
import { migrateSnapshot } from '../../host/src/document/migrateSnapshot.js';
import { requestBody } from '../../host/src/document/serializeSnapshot.js';
import { createHostStore, type HostState, type HostStore } from '../../host/src/store/createHostStore.js';

// The host's load and save, step by step, so that each step can be timed on its own: the very functions
// ProjectSession calls (#show: migrate, check with freeze, hydrateDomains, one `opened` dispatch; save:
// assembleSnapshot, requestBody), without its I/O.

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

export function check(snapshot: Snapshot, options: { draft?: boolean; freeze?: boolean } = {}): void {
  const problems = checkSnapshot(snapshot, options);
  if (problems.length > 0) throw new Error(`generated snapshot is invalid: ${JSON.stringify(problems.slice(0, 3))}`);
}

/** Every domain's new state computed from its section, then set with the document in one dispatch. */
export function hydrate(store: HostStore, snapshot: Snapshot, domains: DomainModule[]): void {
  const hydration = hydrateDomains(snapshot, domains, store.getState());
  if (!hydration.ok) throw hydration.error;
  store.dispatch(documentActions.opened({ snapshot, etag: '"bench"', domainStates: hydration.domainStates }));
}

/** The snapshot Save would send. */
export const select = (state: HostState, domains: DomainModule[]): Snapshot => assembleSnapshot(state, domains);

export { requestBody };
