import type { DomainKey } from '../envelope.js';
import { actionFlowsSection } from './actionFlows/section.js';
import { componentTreeSection } from './componentTree/section.js';
import type { SectionDefinition } from './definition.js';
import { entityModelsSection } from './entityModels/section.js';
import { variablesSection } from './variables/section.js';

/**
 * The one registry of the snapshot's domain sections: the snapshot schema, checkSnapshot and the generated
 * checks read it. Its lean half, SECTION_FORMATS, is what the shell reads at start (DOMAIN_KEYS, emptySections).
 */
export const SECTIONS = {
  componentTree: componentTreeSection,
  variables: variablesSection,
  entityModels: entityModelsSection,
  actionFlows: actionFlowsSection,
} satisfies { [K in DomainKey]: SectionDefinition<K> };
