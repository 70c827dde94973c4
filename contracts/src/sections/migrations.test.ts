import { describe, expect, it } from 'vitest';
import { DOMAIN_KEYS, type DomainKey } from '../envelope.js';
import { schemaProblems } from '../schemaProblems.js';
import { migrateSection } from './format.js';
import { SECTIONS } from './registry.js';

/**
 * One case per migration: `CASES[key][n]` is a section at version n and what `migrations[n]` must make of it.
 * A migration added without its case fails the first test; the case of the last migration must fit the schema
 * the section has now. Example, for a version 2 of variables:
 *   variables: { 1: { before: { entities: {}, ids: [] }, after: { entities: {}, ids: [], groups: [] } } },
 */
const CASES: { [K in DomainKey]: Record<number, { before: unknown; after: unknown }> } = {
  componentTree: {},
  variables: {},
  entityModels: {},
  actionFlows: {},
};

describe.each(DOMAIN_KEYS)('the migrations of %s', (key) => {
  const { migrations, version, schema } = SECTIONS[key];

  it('each have a case', () => {
    expect(Object.keys(CASES[key]).sort()).toEqual(Object.keys(migrations).sort());
  });

  it.each(Object.entries(CASES[key]))('from version %s gives what its case says', (from, { before, after }) => {
    const migration = migrations[Number(from)] as (section: unknown) => unknown;
    const input = structuredClone(before);
    expect(migration(input)).toEqual(after);
    expect(input).toEqual(before);
  });

  it('bring the case of the oldest version up to a section that fits the schema', () => {
    const oldest = CASES[key][1];
    const section = oldest ? migrateSection(SECTIONS[key], oldest.before, 1) : SECTIONS[key].emptySection();
    expect([version, schemaProblems(schema, section)]).toEqual([version, []]);
  });
});
