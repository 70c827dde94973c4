import { type DomainModule, type SnapshotUi, sectionForEditor, sectionForFile } from '@psb/contracts';
import type { HostState } from '../store/createHostStore.js';
import type { DocumentState, DomainStates } from '../store/documentSlice.js';
import type { DocumentFailure } from './failures.js';
import { upgrade } from './migrateSnapshot.js';

export type Hydration = { ok: true; domainStates: DomainStates } | { ok: false; failure: DocumentFailure };

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
      return { ok: false, failure: { kind: 'unreadable', editor: module.title, error } };
    }
  }
  return { ok: true, domainStates };
}

/**
 * The state of a domain that loaded after `doc` was opened, holding its section upgraded to the domain's version;
 * a section newer than the domain reads, or one it cannot upgrade or read, is kept as it is.
 */
export function lateDomainState(
  module: DomainModule,
  doc: DocumentState,
  current: unknown,
): { ok: true; state: unknown } | { ok: false; failure: DocumentFailure } {
  const from = doc.versions[module.key] ?? 1;
  if (from > module.version) {
    return { ok: false, failure: { kind: 'sectionTooNew', editor: module.title, found: from, supported: module.version } };
  }
  try {
    // Migrations read and write a file's form of the section; the document holds its editor's.
    const kept = doc.sections[module.key];
    const section =
      from === module.version
        ? kept
        : sectionForEditor(
            module.key,
            upgrade(module.key, sectionForFile(module.key, kept, from), from, module.version, module.migrations ?? {}),
            module.version,
          );
    return { ok: true, state: hydrated(module, current, section, doc.ui) };
  } catch (error) {
    return { ok: false, failure: { kind: 'sectionUnreadable', editor: module.title, error } };
  }
}

/** One domain's state holding `section`. */
function hydrated(module: DomainModule, current: unknown, section: unknown, ui: SnapshotUi | undefined): unknown {
  return module.slice.reducer(current, module.hydrateFromSnapshot(section, ui));
}
