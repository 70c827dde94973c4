import type { DomainModule, SnapshotUi } from '@psb/contracts';
import type { HostState } from '../store/createHostStore.js';
import type { DomainStates } from './documentSlice.js';

export type Hydration = { ok: true; domainStates: DomainStates } | { ok: false; module: DomainModule; error: unknown };

/**
 * Every ready domain's state holding its section of `snapshot`, computed outside the store, so that one
 * dispatch can then set them all with the document, and a domain whose reducer throws changes nothing.
 */
export function hydrateDomains(snapshot: object, modules: DomainModule[], state: HostState): Hydration {
  const domainStates: DomainStates = {};
  const ui = (snapshot as { ui?: SnapshotUi }).ui;
  for (const module of modules) {
    try {
      domainStates[module.key] = hydrated(module, state[module.key], (snapshot as Record<string, unknown>)[module.key], ui);
    } catch (error) {
      return { ok: false, module, error };
    }
  }
  return { ok: true, domainStates };
}

/** One domain's state holding `section`. */
export function hydrated(module: DomainModule, current: unknown, section: unknown, ui: SnapshotUi | undefined): unknown {
  return module.slice.reducer(current, module.hydrateFromSnapshot(section, ui));
}
