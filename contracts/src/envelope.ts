import { SECTION_FORMATS } from './sections/formats.js';

// The envelope's constants, apart from its schemas (snapshot.ts): the host's shell needs these to start,
// and must not wait for TypeBox, which it loads only to check a document.

/** The envelope version this build reads and writes. */
export const SCHEMA_VERSION = 1;

/** The snapshot's section of each domain, by key, in the order of the section registry. */
export type DomainKey = keyof typeof SECTION_FORMATS;
export const DOMAIN_KEYS = Object.keys(SECTION_FORMATS) as readonly DomainKey[];

/** The envelope's own keys; every other top-level key of a snapshot is a section. */
export const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'meta', 'ui', 'domainVersions']);

/** A snapshot's sections: every top-level key that is not part of the envelope, including unknown domains'. */
export function sectionsOf(snapshot: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => !ENVELOPE_KEYS.has(key)));
}

/** Each domain's section as a new project has it. */
export type EmptySections = { [K in DomainKey]: ReturnType<(typeof SECTION_FORMATS)[K]['emptySection']> };

export const emptySections = (): EmptySections =>
  Object.fromEntries(DOMAIN_KEYS.map((key) => [key, SECTION_FORMATS[key].emptySection()])) as EmptySections;
