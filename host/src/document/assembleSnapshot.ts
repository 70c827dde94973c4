import { type DomainModule, type EditorSnapshot, emptySections, SCHEMA_VERSION } from '@psb/contracts';
import type { HostState } from '../store/createHostStore.js';

/**
 * The snapshot Save sends, in the editors' form: each ready domain's section (`modules`), the kept sections of the
 * others, meta and ui. Sections are the domains' own objects, not copies: selecting costs nothing, whatever the size.
 */
export function assembleSnapshot(state: HostState, modules: DomainModule[]): EditorSnapshot {
  const doc = state.document;
  const sections: Record<string, unknown> = { ...emptySections(), ...doc.sections };
  const versions: Record<string, number> = { ...doc.versions };
  let ui = doc.ui;
  for (const module of modules) {
    sections[module.key] = module.selectSnapshot(state[module.key]);
    versions[module.key] = module.version;
    if (module.selectUi) ui = { ...ui, ...module.selectUi(state[module.key]) };
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
  } as EditorSnapshot;
}
