import { describe, expect, it } from 'vitest';
import { DOMAIN_KEYS, emptySections } from '../envelope.js';
import { schemaProblems } from '../schemaProblems.js';
import { SECTION_SCHEMAS } from '../snapshot.js';
import { formatProblem } from './format.js';
import { SECTION_FORMATS } from './formats.js';
import { SECTIONS } from './registry.js';

describe('the section registry', () => {
  it('lists the same sections, in the same order, as its lean half and the envelope', () => {
    expect(Object.keys(SECTIONS)).toEqual(Object.keys(SECTION_FORMATS));
    expect([...DOMAIN_KEYS]).toEqual(Object.keys(SECTIONS));
    expect(Object.keys(emptySections())).toEqual(Object.keys(SECTIONS));
  });

  describe.each(DOMAIN_KEYS)('%s', (key) => {
    const section = SECTIONS[key];
    const format = SECTION_FORMATS[key];

    it('takes its key, version, migrations and empty section from its format', () => {
      expect(section.key).toBe(key);
      expect([section.version, section.migrations, section.emptySection]).toEqual([
        format.version,
        format.migrations,
        format.emptySection,
      ]);
    });

    // A team that bumps the version without adding the migration (or the other way round) fails here.
    it('is at version 1 + the number of its migrations, with one migration from each earlier version', () => {
      expect(section.version).toBe(1 + Object.keys(section.migrations).length);
      expect(formatProblem(section)).toBeUndefined();
    });

    it('starts empty with a section that fits its schema, a new object each time', () => {
      expect(schemaProblems(section.schema, section.emptySection())).toEqual([]);
      expect(section.emptySection()).not.toBe(section.emptySection());
    });

    it('is what the snapshot schema holds under its key', () => {
      expect(SECTION_SCHEMAS[key]).toBe(section.schema);
    });
  });
});
