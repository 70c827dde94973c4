import type { ActionFlowsSection } from './actionFlows.js';
import type { ComponentTreeSection } from './componentTree.js';
import type { EntityModelsSection } from './entityModels.js';
import type { VariablesSection } from './variables.js';

// Kept apart from the section schemas: code that only starts an empty document need not load TypeBox.
export const emptyComponentTree = (): ComponentTreeSection => ({ nodes: {}, rootIds: [] });
export const emptyVariables = (): VariablesSection => ({ entities: {}, ids: [] });
export const emptyEntityModels = (): EntityModelsSection => ({ entities: {}, ids: [] });
export const emptyActionFlows = (): ActionFlowsSection => ({ flows: {}, bindings: [] });
