import type { ComponentTree } from './sections/componentTree/format.js';
import type { SectionFormat } from './sections/format.js';
import { SECTION_FORMATS } from './sections/formats.js';
import type { Snapshot, SnapshotDraft } from './snapshot.js';

// A document has two forms. Files, requests and checks hold each section as its schema says; the editors hold it
// as its format's `toEditor` makes it (the tree's nodes in buckets). The host converts where a document comes in
// (after its checks) and where it goes out (before them). Only a section at the version this build's format
// writes is converted: one at another version is its own domain's to read, and stays as the file has it.

/** A snapshot as the editors hold it. */
export type EditorSnapshot<S extends Snapshot | SnapshotDraft = Snapshot> = Omit<S, 'componentTree'> & {
  componentTree: ComponentTree;
};

const formatOf = (key: string): SectionFormat | undefined =>
  Object.hasOwn(SECTION_FORMATS, key) ? (SECTION_FORMATS[key as keyof typeof SECTION_FORMATS] as SectionFormat) : undefined;

/** Section `key`, at format version `version`, as its editor holds it. */
export function sectionForEditor(key: string, section: unknown, version = 1): unknown {
  const format = formatOf(key);
  return format?.toEditor && format.version === version ? format.toEditor(section) : section;
}

/** Section `key`, at format version `version`, as a file holds it. */
export function sectionForFile(key: string, section: unknown, version = 1): unknown {
  const format = formatOf(key);
  return format?.toFile && format.version === version ? format.toFile(section as never) : section;
}

/** A checked snapshot as the editors hold it. */
export function snapshotForEditor<S extends Snapshot | SnapshotDraft>(snapshot: S): EditorSnapshot<S> {
  return convert(snapshot, sectionForEditor) as EditorSnapshot<S>;
}

/** An editor's snapshot as a file holds it: what is checked, saved, exported and kept as a draft. */
export function snapshotForFile<S extends Snapshot | SnapshotDraft>(snapshot: EditorSnapshot<S>): S {
  return convert(snapshot, sectionForFile) as S;
}

function convert(snapshot: object, section: (key: string, value: unknown, version: number) => unknown): object {
  const converted: Record<string, unknown> = { ...snapshot };
  const versions = (snapshot as { domainVersions?: Record<string, number> }).domainVersions ?? {};
  for (const key of Object.keys(SECTION_FORMATS)) {
    if (Object.hasOwn(converted, key)) converted[key] = section(key, converted[key], versions[key] ?? 1);
  }
  return converted;
}
