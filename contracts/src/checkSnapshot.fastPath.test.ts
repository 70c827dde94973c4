import type { TSchema } from '@sinclair/typebox';
import { Check } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE, componentSpec } from './catalogue.js';
import { checkSnapshot } from './checkSnapshot.js';
import type * as Generated from './compiled/schemaChecks.js';
import { DOMAIN_KEYS } from './envelope.js';
import { nodePropsSchema } from './sections/nodeProps.js';
import { SECTION_SCHEMAS, type Snapshot, SnapshotDraftEnvelope, SnapshotEnvelope } from './snapshot.js';
import { richSnapshot } from './testing/fixtures.js';

// checkSnapshot asks the generated checks first and TypeBox only when one fails. With `fast.on` false, every
// generated check fails, so checkSnapshot takes TypeBox's path throughout, as it did before they existed:
// random mutations of a valid snapshot must get the same answer both ways.
const fast = vi.hoisted(() => ({ on: true }));
vi.mock('./compiled/schemaChecks.js', async (importOriginal) => {
  const real = await importOriginal<typeof Generated>();
  const gate = (check: Generated.Check) => (value: unknown, depth: number) => fast.on && check(value, depth);
  const gateAll = <K extends string>(checks: Readonly<Record<K, Generated.Check>>) =>
    Object.fromEntries(Object.entries<Generated.Check>(checks).map(([key, check]) => [key, gate(check)]));
  return {
    isSnapshotEnvelope: gate(real.isSnapshotEnvelope),
    isSnapshotDraftEnvelope: gate(real.isSnapshotDraftEnvelope),
    sectionChecks: gateAll(real.sectionChecks),
    nodePropsChecks: gateAll(real.nodePropsChecks),
  };
});
const generated = await vi.importActual<typeof Generated>('./compiled/schemaChecks.js');

/** The rich fixture with every component type and prop, so that mutations reach each generated check. */
function seed(): Snapshot {
  const snapshot = richSnapshot();
  Object.assign(snapshot.componentTree.nodes, {
    form: {
      id: 'form',
      type: 'Container',
      name: 'Form',
      props: { direction: 'row', gap: 4, padding: 0 },
      children: ['field', 'photo', 'list'],
      parentId: null,
    },
    field: {
      id: 'field',
      type: 'Input',
      props: { label: 'Name', placeholder: 'Ada', variable: 'v-name' },
      children: [],
      parentId: 'form',
    },
    photo: { id: 'photo', type: 'Image', props: { src: '/a.png', alt: 'A' }, children: [], parentId: 'form' },
    list: { id: 'list', type: 'List', props: { items: 'v-tags' }, children: ['item'], parentId: 'form' },
    item: { id: 'item', type: 'Text', props: { content: '{{item}}' }, children: [], parentId: 'list' },
  });
  snapshot.componentTree.rootIds.push('form');
  return snapshot;
}

type Container = Record<string, unknown> | unknown[];
type Place = { container: Container; key: string };

/** What JSON.parse can make: a Date or a Uint8Array set by an edit is a value to check, not a place to edit. */
function isJsonContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** Every key of every object and array in `value`, depth first. */
function places(value: unknown, out: Place[] = []): Place[] {
  if (!isJsonContainer(value)) return out;
  for (const key of Object.keys(value)) {
    out.push({ container: value as Container, key });
    places((value as Record<string, unknown>)[key], out);
  }
  return out;
}

/** Values just beside `value`: across a length or range limit, of a neighbouring kind, or gone. */
function nearMisses(value: unknown): unknown[] {
  const pad = (s: string, length: number) => s.padEnd(length, 'a');
  const options: unknown[] =
    typeof value === 'string'
      ? [
          '',
          ' ',
          `${value}/~`,
          `${value}\n`,
          pad(value, 65),
          pad(value, 201),
          pad(value, 501),
          pad(value, 2001),
          pad(value, 10_001),
        ]
      : typeof value === 'number'
        ? [value + 1, value - 1, -1, 0, 200, 201, value + 0.5, Number.NaN, String(value)]
        : typeof value === 'boolean'
          ? [!value, String(value), 0]
          : Array.isArray(value)
            ? [[], [null], [...value, value[0]], value.slice(1), {}]
            : typeof value === 'object' && value !== null
              ? [{}, [], { ...value, extra: 1 }, new Date(0), new Uint8Array(1)]
              : ['', 'null', 0, {}];
  return [...options, undefined, null];
}

/** Keys a pointer must escape, that a pattern does not match, or that objects inherit. */
const ODD_KEYS = ['extra', 'a/b~c', 'new\nline', '__proto__'];

type Edit = { kind: 'set'; value: unknown } | { kind: 'remove' } | { kind: 'rename'; name: string; value: unknown };

/** The edits tried at one place: every near miss of its value, its removal, and renamings of its key. */
function editsAt({ container, key }: Place): Edit[] {
  const value = (container as Record<string, unknown>)[key];
  const edits: Edit[] = [...nearMisses(value).map((v) => ({ kind: 'set' as const, value: v })), { kind: 'remove' }];
  if (!Array.isArray(container)) {
    for (const name of ODD_KEYS) edits.push({ kind: 'rename', name, value }, { kind: 'rename', name, value: null });
  }
  return edits;
}

function applyEdit({ container, key }: Place, edit: Edit) {
  const record = container as Record<string, unknown>;
  if (edit.kind === 'set') record[key] = edit.value;
  else if (Array.isArray(container)) container.splice(Number(key), 1);
  else {
    delete record[key];
    // defineProperty, so that `__proto__` becomes a key as JSON.parse makes it.
    if (edit.kind === 'rename') {
      Object.defineProperty(container, edit.name, { value: edit.value, enumerable: true, writable: true, configurable: true });
    }
  }
}

/** The seed with one edit, for every place and edit: the near misses of the whole snapshot, each on its own. */
function everySingleEdit(): Snapshot[] {
  const snapshots: Snapshot[] = [];
  places(seed()).forEach((place, at) => {
    for (const edit of editsAt(place)) {
      const snapshot = seed();
      applyEdit(places(snapshot)[at] as Place, edit);
      snapshots.push(snapshot);
    }
  });
  return snapshots;
}

/** A few edits in a row, each chosen (modulo what there is) among those of a place, or a value copied elsewhere. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), edit: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }),
);
const mutated = fc.array(change, { minLength: 2, maxLength: 4 }).map((changes) => {
  const snapshot = seed();
  for (const c of changes) {
    const all = places(snapshot);
    const place = all[c.at % all.length] as Place;
    if (c.kind === 'edit') {
      const edits = editsAt(place);
      applyEdit(place, edits[c.edit % edits.length] as Edit);
    } else {
      // Ids and names copied between records make the integrity checks speak.
      const source = all[c.from % all.length] as Place;
      const value = structuredClone((source.container as Record<string, unknown>)[source.key]);
      applyEdit(place, { kind: 'set', value });
    }
  }
  return snapshot;
});

/** checkSnapshot's answer, or what it threw. */
function outcome(snapshot: unknown, draft: boolean, viaGenerated: boolean) {
  fast.on = viaGenerated;
  try {
    return checkSnapshot(snapshot, { draft });
  } catch (error) {
    return `throws ${String(error)}`;
  } finally {
    fast.on = true;
  }
}

/** A generated check, the schema it stands for, and the part of a snapshot it applies to. */
type Pair = { name: string; check: Generated.Check; schema: TSchema; value: unknown; depth: number };

function pairs(snapshot: Snapshot): Pair[] {
  const value = snapshot as unknown as Record<string, unknown>;
  const list: Pair[] = [
    { name: 'envelope', check: generated.isSnapshotEnvelope, schema: SnapshotEnvelope, value, depth: 0 },
    { name: 'draft envelope', check: generated.isSnapshotDraftEnvelope, schema: SnapshotDraftEnvelope, value, depth: 0 },
  ];
  for (const key of DOMAIN_KEYS) {
    list.push({ name: key, check: generated.sectionChecks[key], schema: SECTION_SCHEMAS[key], value: value[key], depth: 1 });
  }
  const nodes = (value.componentTree as { nodes?: unknown } | undefined)?.nodes;
  for (const node of typeof nodes === 'object' && nodes !== null ? Object.values(nodes) : []) {
    const { type, props } = (node ?? {}) as { type?: unknown; props?: unknown };
    const spec = typeof type === 'string' ? componentSpec(type) : undefined;
    if (!spec) continue;
    const check = generated.nodePropsChecks[spec.type as keyof typeof CATALOGUE];
    list.push({ name: `${spec.type} props`, check, schema: nodePropsSchema(spec), value: props, depth: 4 });
  }
  return list;
}

describe('the generated checks', () => {
  it('accept the seed, as TypeBox does', () => {
    for (const { name, check, schema, value, depth } of pairs(seed())) {
      expect([name, check(value, depth)]).toEqual([name, true]);
      expect(Check(schema, value)).toBe(true);
    }
  });

  it('check every catalogue type and section', () => {
    expect(Object.keys(generated.nodePropsChecks)).toEqual(Object.keys(CATALOGUE));
    expect(Object.keys(generated.sectionChecks)).toEqual([...DOMAIN_KEYS]);
  });

  const expectSameAnswers = (snapshot: Snapshot) => {
    for (const { name, check, schema, value, depth } of pairs(snapshot)) {
      expect([name, check(value, depth)]).toEqual([name, Check(schema, value)]);
    }
  };

  it('answer as TypeBox Check does after any one edit', () => {
    for (const snapshot of everySingleEdit()) expectSameAnswers(snapshot);
  }, 60_000);

  it('answer as TypeBox Check does after a few edits', () => {
    fc.assert(fc.property(mutated, expectSameAnswers), { numRuns: 300 });
  }, 60_000);
});

describe('checkSnapshot with and without the generated checks', () => {
  const expectSameProblems = (snapshot: Snapshot, draft: boolean) => {
    expect(outcome(snapshot, draft, true)).toEqual(outcome(snapshot, draft, false));
  };

  it('finds the same problems after any one edit', () => {
    for (const snapshot of everySingleEdit()) {
      expectSameProblems(snapshot, false);
      expectSameProblems(snapshot, true);
    }
  }, 60_000);

  it('finds the same problems after a few edits', () => {
    fc.assert(fc.property(mutated, fc.boolean(), expectSameProblems), { numRuns: 300 });
  }, 60_000);
});
