import { checkSnapshot, type DomainModule, type EditorSnapshot, type Snapshot } from '@psb/contracts';
import { formatsOf, prepareSave } from '../../host/src/document/baseline.js';
import type { DocumentFailure } from '../../host/src/document/failures.js';
import { hydrateDomains } from '../../host/src/document/hydrateDomains.js';
import { openDocument, type Timer } from '../../host/src/document/openDocument.js';
import { requestBody } from '../../host/src/document/serializeSnapshot.js';
import { createHostStore, type HostState, type HostStore } from '../../host/src/store/createHostStore.js';
import { documentActions } from '../../host/src/store/documentSlice.js';

// The host's load and save as ProjectSession runs them, without its I/O: the same functions (openDocument,
// hydrateDomains and one `opened` dispatch; prepareSave, requestBody), with a Timer where a step is to be timed.

/** A host store with every domain's reducer injected, as after the remotes loaded. */
export function storeWith(domains: DomainModule[]): HostStore {
  const { store, injectDomain } = createHostStore();
  for (const domain of domains) injectDomain(domain.key, domain.slice.reducer);
  return store;
}

const failed = (failure: DocumentFailure) =>
  new Error(`the generated snapshot was refused: ${JSON.stringify(failure).slice(0, 500)}`, { cause: failure });

/**
 * A parsed stored document migrated, checked (and frozen) and in the editors' form, ready to hydrate; `time` sees
 * `migrate`, `check` and `convert`.
 */
export function openStored(parsed: unknown, domains: DomainModule[], time?: Timer): EditorSnapshot {
  const opening = openDocument({ value: parsed }, 'server', { formats: formatsOf(domains), check: checkSnapshot, time });
  if (!opening.ok) throw failed(opening.failure);
  return opening.snapshot;
}

/** Every domain's new state computed from its section, then set with the document in one dispatch. */
export function hydrate(store: HostStore, snapshot: EditorSnapshot, domains: DomainModule[]): void {
  const hydration = hydrateDomains(snapshot, domains, store.getState());
  if (!hydration.ok) throw failed(hydration.failure);
  store.dispatch(documentActions.opened({ snapshot, etag: '"bench"', domainStates: hydration.domainStates }));
}

/** The snapshot Save would send, checked as Save checks it; `time` sees `assemble`, `convert` and `check`. */
export function prepare(state: HostState, domains: DomainModule[], time?: Timer): Snapshot {
  const saving = prepareSave(state, domains, checkSnapshot, { time });
  if (!saving.ok) throw failed(saving.failure);
  return saving.file;
}

export { requestBody };
