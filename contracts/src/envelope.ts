import { emptyActionFlows, emptyComponentTree, emptyEntityModels, emptyVariables } from './sections/empty.js';

// The envelope's constants, apart from its schemas (snapshot.ts): the host's shell needs these to start,
// and must not wait for TypeBox, which it loads only to check a document.

/** The envelope version this build reads and writes. */
export const SCHEMA_VERSION = 1;

/** The snapshot's section of each domain, by key. */
export const DOMAIN_KEYS = ['componentTree', 'variables', 'entityModels', 'actionFlows'] as const;
export type DomainKey = (typeof DOMAIN_KEYS)[number];

export const emptySections = () => ({
  componentTree: emptyComponentTree(),
  variables: emptyVariables(),
  entityModels: emptyEntityModels(),
  actionFlows: emptyActionFlows(),
});
