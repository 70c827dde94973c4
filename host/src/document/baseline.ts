import {
  type DomainModule,
  type EditorSnapshot,
  emptySections,
  SCHEMA_VERSION,
  type Snapshot,
  type SnapshotDraft,
  sectionsOf,
  snapshotForFile,
} from '@psb/contracts';
import { dequal } from 'dequal';
import type { HostState } from '../store/createHostStore.js';
import type { SavedBaseline } from '../store/documentSlice.js';
import { titleOf } from '../store/remotesSlice.js';
import { assembleSnapshot } from './assembleSnapshot.js';
import type { DocumentFailure } from './failures.js';
import type { DomainFormat } from './migrateSnapshot.js';
import type { Check, Timer } from './openDocument.js';
import { sameContent } from './sameContent.js';

// The document against what was last loaded or saved (its baseline): what Save sends, what becomes the new
// baseline once the server stored it, and whether anything differs from it.

/** The formats of the domains loaded now, for migrations. */
export function formatsOf(modules: DomainModule[]): Record<string, DomainFormat> {
  return Object.fromEntries(modules.map((m) => [m.key, { version: m.version, migrations: m.migrations }]));
}

/** An empty project named `name`, its sections at the versions of the domains loaded now. */
export function newProjectDraft(name: string, modules: DomainModule[]): SnapshotDraft {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { name },
    ...emptySections(),
    domainVersions: Object.fromEntries(modules.map((m) => [m.key, m.version])),
  };
}

/**
 * The snapshot Save would send now (`name` renames it, as Save as does), checked as the server will: a document
 * with problems is not sent, and every problem is listed. `file` is what is sent, `snapshot` the editors' form of
 * it, which becomes the baseline once stored.
 */
export function prepareSave(
  state: HostState,
  modules: DomainModule[],
  check: Check,
  { name, time = (_step, run) => run() }: { name?: string; time?: Timer } = {},
): { ok: true; snapshot: EditorSnapshot; file: Snapshot } | { ok: false; failure: DocumentFailure } {
  const snapshot = time('assemble', () => assembleSnapshot(state, modules));
  if (name !== undefined) snapshot.meta.name = name;
  const file = time('convert', () => snapshotForFile(snapshot));
  const problems = time('check', () => check(file, { draft: true }));
  if (problems.length === 0) return { ok: true, snapshot, file };
  // A section no editor holds did not follow the edits (bindings of a deleted component stay): the person is told.
  const loaded = new Set(modules.map((m) => m.key));
  const sections = new Set(Object.keys(sectionsOf(snapshot)));
  const notLoaded = [...new Set(problems.map((p) => p.path.split('/')[1] ?? ''))]
    .filter((key) => sections.has(key) && !loaded.has(key))
    .map((key) => state.remotes.byKey[key]?.title ?? titleOf({ key }));
  return { ok: false, failure: { kind: 'invalid', from: 'editor', problems, ...(notLoaded.length > 0 ? { notLoaded } : {}) } };
}

/** The new baseline once the server stored `sent`: the sections and versions sent, under the meta it gave them. */
export function savedAs(sent: EditorSnapshot, { meta, etag }: Pick<SavedBaseline, 'meta' | 'etag'>): SavedBaseline {
  return { meta, domainVersions: sent.domainVersions, etag, sections: sectionsOf(sent) };
}

/** A snapshot as a new project, named `name`: the server assigns the id and dates. */
export function draftOf(snapshot: Snapshot, name = snapshot.meta.name): SnapshotDraft {
  const { description } = snapshot.meta;
  return { ...snapshot, meta: { name, ...(description === undefined ? {} : { description }) } };
}

/** Whether the document differs from what was last loaded or saved: a comparison, not a counter. */
export function differsFromSaved(state: HostState, modules: DomainModule[]): boolean {
  const doc = state.document;
  if (doc.status !== 'open') return false;
  if (doc.fromDraft) return true;
  if (doc.meta.name !== doc.savedMeta.name || doc.meta.description !== doc.savedMeta.description) return true;
  return modules.some((m) => !sameContent(m.selectSnapshot(state[m.key]), doc.sections[m.key]));
}

/**
 * What a browser keeps of a document not saved yet: the document as Save would send it (a file's form, read back as
 * a stored document is), the ETag of the version it changes, and when.
 */
export interface KeptDraft {
  snapshot: Snapshot;
  etag: string;
  /** When it was written, as an ISO date. */
  keptAt: string;
}

/**
 * The sections of restored kept changes that no ready domain holds (an editor not loaded yet, or unavailable) and
 * that differ from those kept as loaded, with their versions: kept in the document, an editor that arrives later
 * takes them, and Save sends them as they are.
 */
export function keptSectionsOf(
  snapshot: EditorSnapshot,
  modules: DomainModule[],
  loaded: Record<string, unknown>,
): { sections: Record<string, unknown>; versions: Record<string, number> } {
  const ready = new Set(modules.map((m) => m.key));
  const sections = Object.fromEntries(
    Object.entries(sectionsOf(snapshot)).filter(([key, section]) => !ready.has(key) && !dequal(section, loaded[key])),
  );
  const versions = Object.fromEntries(Object.keys(sections).map((key) => [key, snapshot.domainVersions?.[key] ?? 1]));
  return { sections, versions };
}

/**
 * Whether `draft` holds changes that `stored`, the version just loaded, lacks: its name, description or a section
 * differ. A draft equal to what is stored (saved since, in this tab or another) is not worth offering; the ui
 * (the selection) alone is not a change.
 */
export function keepsChanges(draft: KeptDraft, stored: EditorSnapshot): boolean {
  const [mine, theirs] = [draft.snapshot.meta, stored.meta];
  if (mine.name !== theirs.name || mine.description !== theirs.description) return true;
  return !dequal(sectionsOf(draft.snapshot), sectionsOf(snapshotForFile(stored)));
}
