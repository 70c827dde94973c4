import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { MigrationError, migrateSnapshot, NewerVersionError } from './migrateSnapshot.js';

/** A domain at version 3: v1 kept `items` as a list of strings, v2 made them objects, v3 renamed `items` to `entries`. */
const todo = {
  version: 3,
  migrations: {
    1: (section: { items: string[] }) => ({ items: section.items.map((text) => ({ text })) }),
    2: ({ items }: { items: { text: string }[] }) => ({ entries: items }),
  },
};

const v1Document = () => ({ ...richSnapshot(), todo: { items: ['write tests'] }, analytics: { keep: ['me', 1.5] } });

describe('migrateSnapshot', () => {
  it('runs each domain’s migrations from its version in domainVersions up to the loaded build', () => {
    const migrated = migrateSnapshot(v1Document(), { domains: { todo } });
    expect(migrated.todo).toEqual({ entries: [{ text: 'write tests' }] });
    expect(migrated.domainVersions).toMatchObject({ todo: 3, variables: 1 });

    const fromV2 = migrateSnapshot(
      { ...v1Document(), todo: { items: [{ text: 'x' }] }, domainVersions: { todo: 2 } },
      { domains: { todo } },
    );
    expect(fromV2.todo).toEqual({ entries: [{ text: 'x' }] });
  });

  it('runs envelope migrations by schemaVersion before the domains’ own', () => {
    const envelopeMigrations = {
      1: (doc: Record<string, unknown>) => ({ ...doc, meta: { ...(doc.meta as object), tags: [] } }),
    };
    const migrated = migrateSnapshot(v1Document(), { domains: { todo }, envelopeVersion: 2, envelopeMigrations });
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.meta).toMatchObject({ name: 'Customer portal', tags: [] });
    expect(migrated.todo).toEqual({ entries: [{ text: 'write tests' }] });
  });

  it('keeps the sections of domains that are not loaded, and unknown sections, as they are', () => {
    const input = v1Document();
    const migrated = migrateSnapshot(input, { domains: { todo } });
    expect(migrated.analytics).toBe(input.analytics);
    expect(migrated.componentTree).toBe(input.componentTree);
  });

  it('does not change its input, even when a migration mutates what it is given', () => {
    const input = v1Document();
    const before = structuredClone(input);
    const mutating = {
      version: 2,
      migrations: {
        1: (s: { items: string[] }) => {
          s.items.push('mutated');
          return s;
        },
      },
    };
    migrateSnapshot(input, { domains: { todo: mutating } });
    expect(input).toEqual(before);
  });

  it('refuses a snapshot newer than this build, naming both versions', () => {
    const attempt = () => migrateSnapshot({ ...v1Document(), schemaVersion: 99 }, { domains: { todo } });
    expect(attempt).toThrow(NewerVersionError);
    expect(attempt).toThrow('This file is snapshot version 99; this editor reads up to version 1.');
  });

  it('refuses a section newer than its loaded domain, naming both versions', () => {
    const attempt = () => migrateSnapshot({ ...v1Document(), domainVersions: { todo: 4 } }, { domains: { todo } });
    expect(attempt).toThrow('Its "todo" section is version 4; this editor\'s todo reads up to version 3.');
  });

  it('refuses when a migration throws or a step is missing, saying where', () => {
    const throwing = {
      version: 2,
      migrations: {
        1: () => {
          throw new Error('items must be a list');
        },
      },
    };
    expect(() => migrateSnapshot(v1Document(), { domains: { todo: throwing } })).toThrow(
      new MigrationError('todo', 1, 'items must be a list'),
    );
    expect(() => migrateSnapshot(v1Document(), { domains: { todo: { version: 2 } } })).toThrow(
      'The "todo" section could not be upgraded from version 1: no migration from version 1 to 2',
    );
  });
});
