import { describe, expect, it } from 'vitest';
import { defineFormat, formatProblem, migrateSection } from './format.js';

type V1 = { names: string[] };
type V3 = { items: { name: string; done: boolean }[] };

const toV2 = (section: V1) => ({ items: section.names.map((name) => ({ name })) });
const toV3 = (section: ReturnType<typeof toV2>): V3 => ({ items: section.items.map((item) => ({ ...item, done: false })) });
const list = defineFormat({ key: 'list', version: 3, migrations: { 1: toV2, 2: toV3 }, emptySection: (): V3 => ({ items: [] }) });

describe('migrateSection', () => {
  it('runs every migration from the given version up to the format version, in order', () => {
    expect(migrateSection(list, { names: ['a'] }, 1)).toEqual({ items: [{ name: 'a', done: false }] });
    expect(migrateSection(list, { items: [{ name: 'b' }] }, 2)).toEqual({ items: [{ name: 'b', done: false }] });
  });

  it('leaves a section at the format version as it is', () => {
    const section = { items: [] };
    expect(migrateSection(list, section, 3)).toBe(section);
  });

  it('refuses a section newer than the format, and a missing step', () => {
    expect(() => migrateSection(list, {}, 4)).toThrow(/version 4 is newer than 3/);
    expect(() => migrateSection({ ...list, migrations: { 2: toV3 } }, {}, 1)).toThrow(/no migration from version 1/);
  });

  it('lets a migration that throws throw', () => {
    expect(() => migrateSection(list, { names: null }, 1)).toThrow(TypeError);
  });
});

describe('formatProblem', () => {
  it('accepts a version with one migration from each earlier version', () => {
    expect(formatProblem(list)).toBeUndefined();
    expect(formatProblem({ ...list, version: 1, migrations: {} })).toBeUndefined();
  });

  it('names a version bumped without its migration, and a migration without its bump', () => {
    expect(formatProblem({ ...list, version: 4 })).toBe('list: version 4 lacks the migration from version 3.');
    expect(formatProblem({ ...list, version: 2 })).toBe('list: the migration from version 2 leads past version 2.');
    expect(formatProblem({ ...list, version: 0, migrations: {} })).toBe('list: the version must be a whole number from 1.');
  });
});
