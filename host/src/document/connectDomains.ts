import type { DomainKey, DomainModule, HostApi } from '@psb/contracts';
import type { DomainHost } from '../federation/DomainHost.js';
import type { HostState, HostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { remoteFailed } from '../store/remotesSlice.js';
import { lateDomainState } from './hydrateDomains.js';
import { tell } from './tell.js';

/** A section as Save would store it now: from its domain when that is ready, else as last loaded or saved. */
export function currentSection(state: HostState, key: DomainKey | string, domains: DomainHost): unknown {
  const module = domains.module(key);
  return module && state.remotes.byKey[key]?.status === 'ready'
    ? module.selectSnapshot(state[key])
    : state.document.sections[key];
}

/**
 * What every domain editor gets from the host: other domains' sections, and the services domains offer. From
 * then on, a domain that loads after the document was opened gets its section of it (upgraded if older).
 */
export function connectDomains(store: HostStore, domains: DomainHost): HostApi {
  domains.onReady((module) => hydrateLateDomain(store, module));
  return {
    selectSection: (state, key) => currentSection(state as HostState, key, domains),
    services: {
      get flowRuntime() {
        return domains.readyModules().find((m) => m.services?.flowRuntime)?.services?.flowRuntime;
      },
    },
  };
}

function hydrateLateDomain(store: HostStore, module: DomainModule) {
  const state = store.getState();
  const doc = state.document;
  if (doc.status !== 'open' || !(module.key in doc.sections)) return;
  const late = lateDomainState(module, doc, state[module.key]);
  if (late.ok) {
    store.dispatch(documentActions.domainsHydrated({ domainStates: { [module.key]: late.state }, versions: {} }));
  } else {
    const { reason } = tell(late.failure, { to: 'open', id: doc.id });
    store.dispatch(remoteFailed({ key: module.key, status: 'incompatible', reason }));
  }
}
