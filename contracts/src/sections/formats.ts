import { actionFlowsFormat } from './actionFlows/format.js';
import { componentTreeFormat } from './componentTree/format.js';
import { entityModelsFormat } from './entityModels/format.js';
import { variablesFormat } from './variables/format.js';

/**
 * Every domain section's format, by key: the lean half of the registry (sections/registry.ts), which the shell
 * reads at start without TypeBox. The registry's test keeps the two halves the same.
 */
export const SECTION_FORMATS = {
  componentTree: componentTreeFormat,
  variables: variablesFormat,
  entityModels: entityModelsFormat,
  actionFlows: actionFlowsFormat,
};
