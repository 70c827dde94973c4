import { defineFormat } from '../format.js';
import type { EntityModelsSection } from './section.js';

// The lean half of the section (no TypeBox): the shell starts a document with it, a remote upgrades with it.

export const emptyEntityModels = (): EntityModelsSection => ({ entities: {}, ids: [] });

/** Version 1; a new version adds its migration here, with a test (see migrations.test.ts beside the registry). */
export const entityModelsFormat = defineFormat({
  key: 'entityModels',
  version: 1,
  migrations: {},
  emptySection: emptyEntityModels,
});
