import { checkSnapshot, type EntityModelsSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import type { UnknownAction } from '@reduxjs/toolkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from './fieldTypes.js';
import {
  entityModelsSlice,
  enumValueAdded,
  enumValueRemoved,
  enumValueRenamed,
  type FieldRef,
  fieldAdded,
  fieldMoved,
  fieldRemoved,
  fieldRenamed,
  fieldRequiredChanged,
  fieldRetyped,
  hydrated,
  modelAdded,
  modelRemoved,
  modelRenamed,
  referenceRetargeted,
  selectSnapshot,
} from './slice.js';

const { reducer } = entityModelsSlice;

/*
 * Steps pick models and fields by position, resolved against the state they meet (modulo the count), so a
 * random sequence keeps hitting things that exist; now and then `null` stands for an id that does not.
 * A field is picked among the fields of every model, and enum and reference steps prefer fields of their kind.
 */
const position = fc.option(fc.nat({ max: 20 }), { freq: 8 });
const pick = <T>(items: readonly T[], at: number | null): T | undefined =>
  at === null || items.length === 0 ? undefined : items[at % items.length];
const ghostIds = fc.constantFrom('ghost', 'constructor', '__proto__', 'toString');
const names = fc.oneof(
  fc.constantFrom('Customer', 'Order', 'Model1', 'Model3', 'name', 'tier', 'field1', 'placedAt', '$ok', '_x'),
  fc.constantFrom('', ' ', '2fast', 'has space', 'a'.repeat(65), 'naïve', 'a-b'),
  fc.string({ maxLength: 6 }),
);
const values = fc.oneof(fc.constantFrom('', '  ', 'gold', 'silver', 'bronze', 'value1', 'value2'), fc.string({ maxLength: 4 }));
/** An index into a list: mostly a place in it or just past its end, sometimes a number that is no index at all. */
const indexes = fc.oneof(
  { weight: 6, arbitrary: fc.record({ within: fc.nat({ max: 20 }) }) },
  fc.record({ raw: fc.constantFrom(-1, 0.5, Number.NaN, 99) }),
);
const indexIn = (length: number, index: { within: number } | { raw: number }) =>
  'within' in index ? index.within % (length + 1) : index.raw;
// Enums and references more often than their share: the values and reference steps need them to exist.
const types = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>('enum', 'reference') },
  { weight: 3, arbitrary: fc.constantFrom<string>(...FIELD_TYPES) },
  fc.constantFrom('object', ''),
);

// Steps that build (models, fields, enums, references) come more often, so sequences reach deep states.
const often = <T>(arbitrary: fc.Arbitrary<T>, weight = 3) => ({ weight, arbitrary });
const step = fc.oneof(
  often(fc.record({ kind: fc.constant('modelAdded') }), 2),
  fc.record({ kind: fc.constant('modelRenamed'), model: position, name: names }),
  fc.record({ kind: fc.constant('modelRemoved'), model: position }),
  often(fc.record({ kind: fc.constant('fieldAdded'), model: position }), 5),
  fc.record({ kind: fc.constant('fieldRenamed'), field: position, name: names }),
  often(fc.record({ kind: fc.constant('fieldRetyped'), field: position, type: types })),
  fc.record({ kind: fc.constant('fieldRequiredChanged'), field: position, required: fc.boolean() }),
  fc.record({ kind: fc.constant('fieldMoved'), field: position, toIndex: indexes }),
  fc.record({ kind: fc.constant('fieldRemoved'), field: position }),
  fc.record({ kind: fc.constant('enumValueAdded'), field: position }),
  fc.record({ kind: fc.constant('enumValueRenamed'), field: position, index: indexes, value: values }),
  fc.record({ kind: fc.constant('enumValueRemoved'), field: position, index: indexes }),
  fc.record({ kind: fc.constant('referenceRetargeted'), field: position, target: position }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** Every field, with the length of the list an index step is about: its model's fields, or its values. */
function fieldsFor(state: EntityModelsSection, kind: Step['kind']): (FieldRef & { type: string; length: number })[] {
  const all = state.ids.flatMap((modelId) => {
    const fields = state.entities[modelId]?.fields ?? [];
    return fields.map((f) => ({
      modelId,
      fieldId: f.id,
      type: f.type,
      length: kind.startsWith('enumValue') && f.type === 'enum' ? f.values.length : fields.length,
    }));
  });
  const wanted = kind.startsWith('enumValue') ? 'enum' : kind === 'referenceRetargeted' ? 'reference' : undefined;
  const ofKind = all.filter((f) => f.type === wanted);
  return ofKind.length > 0 ? ofKind : all;
}

function toAction(state: EntityModelsSection, s: Step, ghost: string): UnknownAction {
  const modelId = 'model' in s ? (pick(state.ids, s.model) ?? ghost) : ghost;
  const picked = 'field' in s ? pick(fieldsFor(state, s.kind), s.field) : undefined;
  const length = picked ? picked.length : 0;
  const at: FieldRef = picked ? { modelId: picked.modelId, fieldId: picked.fieldId } : { modelId: ghost, fieldId: ghost };
  switch (s.kind) {
    case 'modelAdded':
      return modelAdded();
    case 'modelRenamed':
      return modelRenamed({ id: modelId, name: s.name });
    case 'modelRemoved':
      return modelRemoved(modelId);
    case 'fieldAdded':
      return fieldAdded(modelId);
    case 'fieldRenamed':
      return fieldRenamed({ ...at, name: s.name });
    case 'fieldRetyped':
      return fieldRetyped({ ...at, type: s.type });
    case 'fieldRequiredChanged':
      return fieldRequiredChanged({ ...at, required: s.required });
    case 'fieldMoved':
      return fieldMoved({ ...at, toIndex: indexIn(length, s.toIndex) });
    case 'fieldRemoved':
      return fieldRemoved(at);
    case 'enumValueAdded':
      return enumValueAdded(at);
    case 'enumValueRenamed':
      return enumValueRenamed({ ...at, index: indexIn(length, s.index), value: s.value });
    case 'enumValueRemoved':
      return enumValueRemoved({ ...at, index: indexIn(length, s.index) });
    case 'referenceRetargeted':
      return referenceRetargeted({ ...at, targetId: pick(state.ids, s.target) ?? ghost });
  }
}

const problemsOf = (state: EntityModelsSection) => checkSnapshot({ ...richSnapshot(), entityModels: selectSnapshot(state) });

describe('entity models slice, under random edits', () => {
  const starts = {
    'the empty state': () => reducer(undefined, { type: 'init' }),
    'the rich fixture': () => reducer(undefined, hydrated(richSnapshot().entityModels)),
  };
  for (const [label, start] of Object.entries(starts)) {
    it(`keeps ${label} valid after every step, and deletes models without touching the others`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(step, ghostIds), { maxLength: 50, size: 'max' }), (steps) => {
          let state = start();
          for (const [s, ghost] of steps) {
            const before = state;
            state = reducer(state, toAction(state, s, ghost));
            expect(problemsOf(state)).toEqual([]);
            expect(selectSnapshot(state)).toBe(selectSnapshot(state));
            // Deleting a model leaves every other one, dangling references included, exactly as it was.
            if (s.kind === 'modelRemoved') for (const id of state.ids) expect(state.entities[id]).toBe(before.entities[id]);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
