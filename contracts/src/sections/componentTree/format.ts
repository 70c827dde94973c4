import { defineFormat } from '../format.js';
import type { ComponentTreeSection } from './section.js';

// The lean half of the section (no TypeBox): the shell starts a document with it, a remote upgrades with it.

export const emptyComponentTree = (): ComponentTreeSection => ({ nodes: {}, rootIds: [] });

/** Version 1; a new version adds its migration here, with a test (see migrations.test.ts beside the registry). */
export const componentTreeFormat = defineFormat({
  key: 'componentTree',
  version: 1,
  migrations: {},
  emptySection: emptyComponentTree,
});
