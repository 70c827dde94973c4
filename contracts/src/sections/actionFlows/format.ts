import { defineFormat } from '../format.js';
import type { ActionFlowsSection } from './section.js';

// The lean half of the section (no TypeBox): the shell starts a document with it, a remote upgrades with it.

export const emptyActionFlows = (): ActionFlowsSection => ({ flows: {}, bindings: [] });

/** Version 1; a new version adds its migration here, with a test (see migrations.test.ts beside the registry). */
export const actionFlowsFormat = defineFormat({ key: 'actionFlows', version: 1, migrations: {}, emptySection: emptyActionFlows });
