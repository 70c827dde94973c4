import { emptyActionFlows, emptyComponentTree, emptyEntityModels, emptyVariables } from './sections/empty.js';

// The envelope's constants, apart from its schemas (snapshot.ts): the host's shell needs these to start,
// and must not wait for TypeBox, which it loads only to check a document.

/** The envelope version this build reads and writes. */
export const SCHEMA_VERSION = 1;

/** The snapshot's section of each domain, by key. */
export const DOMAIN_KEYS = ['componentTree', 'variables', 'entityModels', 'actionFlows'] as const;
export type DomainKey = (typeof DOMAIN_KEYS)[number];

/** The envelope's own keys; every other top-level key of a snapshot is a section. */
export const ENVELOPE_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'meta', 'ui', 'domainVersions']);

/** A snapshot's sections: every top-level key that is not part of the envelope, including unknown domains'. */
export function sectionsOf(snapshot: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => !ENVELOPE_KEYS.has(key)));
}

export const emptySections = () => ({
  componentTree: emptyComponentTree(),
  variables: emptyVariables(),
  entityModels: emptyEntityModels(),
  actionFlows: emptyActionFlows(),
});
