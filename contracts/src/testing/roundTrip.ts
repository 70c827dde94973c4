import { checkSnapshot } from '../checkSnapshot.js';
import type { DomainModule } from '../domainModule.js';
import { sectionForEditor, sectionForFile } from '../editorSnapshot.js';
import type { Problem } from '../problem.js';
import type { Snapshot } from '../snapshot.js';

/**
 * What a domain gives back after the host's whole load and save: its section of `snapshot` upgraded by
 * its migrations, held as its editor holds it, hydrated into a fresh slice, selected again and put back in a
 * file's form; and the problems of the snapshot saved with it.
 * A domain keeps its documents intact when `section` deep-equals the input and `problems` is empty.
 */
export function roundTrip<State, Section>(
  domain: DomainModule<State, Section>,
  snapshot: Snapshot,
): { section: Section; problems: Problem[] } {
  let section: unknown = (snapshot as Record<string, unknown>)[domain.key];
  for (let version = snapshot.domainVersions?.[domain.key] ?? 1; version < domain.version; version++) {
    const step = domain.migrations?.[version];
    if (!step) throw new Error(`${domain.key} has no migration from version ${version}`);
    section = step(structuredClone(section) as never);
  }
  const state = domain.slice.reducer(
    undefined,
    domain.hydrateFromSnapshot(sectionForEditor(domain.key, section, domain.version) as Section),
  );
  const selected = sectionForFile(domain.key, domain.selectSnapshot(state), domain.version) as Section;
  const saved = {
    ...snapshot,
    [domain.key]: selected,
    domainVersions: { ...snapshot.domainVersions, [domain.key]: domain.version },
  };
  return { section: selected, problems: checkSnapshot(saved) };
}
