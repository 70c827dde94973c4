import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { DOMAIN_KEYS, type DomainKey, SCHEMA_VERSION } from './envelope.js';
import { ProjectMeta, ProjectMetaDraft } from './meta.js';
import { ID_PATTERN, IDENTIFIER_PATTERN, Json } from './primitives.js';
import { SECTIONS } from './sections/registry.js';

/** Each domain's section schema at the version this build writes, by its key in the snapshot: read from SECTIONS. */
export const SECTION_SCHEMAS = Object.fromEntries(DOMAIN_KEYS.map((key) => [key, SECTIONS[key].schema])) as {
  [K in DomainKey]: (typeof SECTIONS)[K]['schema'];
};

/** Editing state only: never part of what the page is. */
export const SnapshotUi = Type.Object(
  {
    selectedNodeId: Type.Optional(Type.String({ pattern: ID_PATTERN })),
    panels: Type.Optional(Type.Record(Type.String(), Json)),
  },
  { additionalProperties: false },
);
export type SnapshotUi = Static<typeof SnapshotUi>;

/** Each domain's own section format version; a missing key means 1. */
export const DomainVersions = Type.Record(Type.String({ pattern: IDENTIFIER_PATTERN }), Type.Integer({ minimum: 1 }));
export type DomainVersions = Static<typeof DomainVersions>;

const envelope = <M extends TSchema, S extends Record<DomainKey, TSchema>>(meta: M, sections: S, options: object) =>
  Type.Object(
    {
      schemaVersion: Type.Literal(SCHEMA_VERSION),
      meta,
      ...sections,
      ui: Type.Optional(SnapshotUi),
      domainVersions: Type.Optional(DomainVersions),
    },
    // Sections of domains this build does not know are kept as they are.
    { additionalProperties: true, ...options },
  );

/** A whole project: the one artifact that save, load, export and import move. */
export const Snapshot = envelope(ProjectMeta, SECTION_SCHEMAS, {
  $id: 'https://page-scaffold-builder.dev/schemas/snapshot-v1.json',
  title: 'Page Scaffold Builder snapshot, version 1',
});
export type Snapshot = Static<typeof Snapshot>;

/** A snapshot as a client sends it to be stored: the server fills in the meta's id and dates. */
export const SnapshotDraft = envelope(ProjectMetaDraft, SECTION_SCHEMAS, { title: 'Snapshot to store' });
export type SnapshotDraft = Static<typeof SnapshotDraft>;

/**
 * The envelope alone, sections unchecked: a section is judged by the schema of its own version. An open object,
 * so that the generated envelope checks do not walk the sections' content.
 */
const anySection = Type.Object({});
const looseSections = Object.fromEntries(DOMAIN_KEYS.map((k) => [k, anySection])) as Record<DomainKey, typeof anySection>;
export const SnapshotEnvelope = envelope(ProjectMeta, looseSections, {});
export const SnapshotDraftEnvelope = envelope(ProjectMetaDraft, looseSections, {});
