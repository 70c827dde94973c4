import { defineFormat } from '../format.js';
import type { VariablesSection } from './section.js';

// The lean half of the section (no TypeBox): the shell starts a document with it, a remote upgrades with it.

export const emptyVariables = (): VariablesSection => ({ entities: {}, ids: [] });

/** Version 1; a new version adds its migration here, with a test (see migrations.test.ts beside the registry). */
export const variablesFormat = defineFormat({ key: 'variables', version: 1, migrations: {}, emptySection: emptyVariables });
