import { checkSnapshot, type EntityModelsSection } from '@psb/contracts';
import { richSnapshot, roundTrip } from '@psb/contracts/testing';
import type { UnknownAction } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import {
  type EntityModelsState,
  entityModelsSlice,
  enumValueAdded,
  enumValueRemoved,
  enumValueRenamed,
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
const valid = (section: ReturnType<typeof selectSnapshot>) => checkSnapshot({ ...richSnapshot(), entityModels: section });
const rich = () => reducer(undefined, hydrated(richSnapshot().entityModels));
const apply = (state: EntityModelsState, ...actions: UnknownAction[]) => actions.reduce(reducer, state);
const fieldsOf = (state: EntityModelsSection, modelId: string) => state.entities[modelId]?.fields ?? [];
const fieldNames = (state: EntityModelsSection, modelId: string) => fieldsOf(state, modelId).map((f) => f.name);
const field = (state: EntityModelsSection, modelId: string, fieldId: string) =>
  fieldsOf(state, modelId).find((f) => f.id === fieldId);

const customerName = { modelId: 'm-customer', fieldId: 'f-name' };
const customerTier = { modelId: 'm-customer', fieldId: 'f-tier' };
const orderCustomer = { modelId: 'm-order', fieldId: 'f-customer' };

describe('entity models slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().entityModels, problems: [] });
  });

  it('gives back the section it was hydrated with, as the same object while nothing changes', () => {
    const section = richSnapshot().entityModels;
    const state = reducer(undefined, domain.hydrateFromSnapshot(section));
    expect(selectSnapshot(state)).toEqual(section);
    expect(selectSnapshot(state)).toBe(selectSnapshot(state));
  });

  it('adds models under free names, renames and deletes them, staying valid', () => {
    let state = reducer(reducer(undefined, modelAdded()), modelAdded());
    const [first, second] = state.ids as [string, string];
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['Model1', 'Model2']);
    state = reducer(state, modelRenamed({ id: first, name: 'Customer' }));
    state = reducer(state, modelRenamed({ id: second, name: 'Customer' }));
    state = reducer(state, modelRenamed({ id: second, name: 'has space' }));
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['Customer', 'Model2']);
    expect(valid(selectSnapshot(state))).toEqual([]);
    state = reducer(state, modelRemoved(first));
    expect(state.ids).toEqual([second]);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });
});

describe('models', () => {
  it('skips names already taken when adding', () => {
    const state = apply(rich(), modelRenamed({ id: 'm-order', name: 'Model3' }), modelAdded());
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['Customer', 'Model3', 'Model4']);
  });

  it('ignores an added model whose id is taken or not an id', () => {
    const state = rich();
    expect(reducer(state, { type: modelAdded.type, payload: { id: 'm-order' } })).toBe(state);
    expect(reducer(state, { type: modelAdded.type, payload: { id: 'not an id' } })).toBe(state);
  });

  it('ignores renaming a model that does not exist', () => {
    const state = rich();
    expect(reducer(state, modelRenamed({ id: 'ghost', name: 'Ghost' }))).toBe(state);
    expect(reducer(state, modelRenamed({ id: 'constructor', name: 'Ghost' }))).toBe(state);
  });

  it('deletes a referenced model, leaving the references to it dangling and unchanged', () => {
    const before = rich();
    const state = reducer(before, modelRemoved('m-customer'));
    expect(state.ids).toEqual(['m-order']);
    expect(state.entities['m-order']).toBe(before.entities['m-order']);
    expect(field(state, 'm-order', 'f-customer')).toMatchObject({ type: 'reference', modelId: 'm-customer' });
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('ignores deleting a model that does not exist', () => {
    const state = rich();
    expect(reducer(state, modelRemoved('ghost'))).toBe(state);
  });
});

describe('fields', () => {
  it('adds fields at the end under free names, as optional strings', () => {
    let state = reducer(undefined, modelAdded());
    const modelId = state.ids[0] as string;
    state = apply(state, fieldAdded(modelId), fieldAdded(modelId));
    expect(fieldsOf(state, modelId).map(({ name, type, required }) => ({ name, type, required }))).toEqual([
      { name: 'field1', type: 'string', required: false },
      { name: 'field2', type: 'string', required: false },
    ]);
    expect(apply(rich(), fieldAdded('m-customer')).entities['m-customer']?.fields.at(-1)?.name).toBe('field3');
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('ignores a field added to a missing model, or with an id taken in that model', () => {
    const state = rich();
    expect(reducer(state, fieldAdded('ghost'))).toBe(state);
    expect(reducer(state, { type: fieldAdded.type, payload: { modelId: 'm-customer', fieldId: 'f-name' } })).toBe(state);
  });

  it('renames a field to an identifier free in its model only', () => {
    let state = apply(rich(), fieldRenamed({ ...customerName, name: 'fullName' }));
    expect(fieldNames(state, 'm-customer')).toEqual(['fullName', 'tier']);
    // Another model's field name is free to use.
    state = apply(state, fieldRenamed({ ...customerName, name: 'placedAt' }));
    expect(fieldNames(state, 'm-customer')).toEqual(['placedAt', 'tier']);
    const before = state;
    state = apply(state, fieldRenamed({ ...customerName, name: 'tier' }), fieldRenamed({ ...customerName, name: '1st' }));
    state = apply(
      state,
      fieldRenamed({ ...customerName, name: '' }),
      fieldRenamed({ modelId: 'm-customer', fieldId: 'x', name: 'x' }),
    );
    expect(state).toBe(before);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('changes a field to a scalar type, dropping enum values and reference targets', () => {
    const state = apply(
      rich(),
      fieldRetyped({ ...customerTier, type: 'number' }),
      fieldRetyped({ ...orderCustomer, type: 'date' }),
    );
    expect(field(state, 'm-customer', 'f-tier')).toEqual({ id: 'f-tier', name: 'tier', type: 'number', required: false });
    expect(field(state, 'm-order', 'f-customer')).toEqual({ id: 'f-customer', name: 'customer', type: 'date', required: true });
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('changes a field to an enum with one value to start', () => {
    const state = apply(rich(), fieldRetyped({ ...customerName, type: 'enum' }));
    expect(field(state, 'm-customer', 'f-name')).toEqual({
      id: 'f-name',
      name: 'name',
      type: 'enum',
      values: ['value1'],
      required: true,
    });
  });

  it('changes a field to a reference to the first other model, and not at all when there is none', () => {
    let state = apply(rich(), fieldRetyped({ modelId: 'm-order', fieldId: 'f-placed', type: 'reference' }));
    expect(field(state, 'm-order', 'f-placed')).toMatchObject({ type: 'reference', modelId: 'm-customer' });
    state = apply(rich(), fieldRetyped({ ...customerName, type: 'reference' }));
    expect(field(state, 'm-customer', 'f-name')).toMatchObject({ type: 'reference', modelId: 'm-order' });

    const alone = apply(rich(), modelRemoved('m-order'));
    expect(reducer(alone, fieldRetyped({ ...customerName, type: 'reference' }))).toBe(alone);
  });

  it('ignores an unknown type, the same type, or a missing field', () => {
    const state = rich();
    expect(reducer(state, fieldRetyped({ ...customerName, type: 'object' }))).toBe(state);
    expect(reducer(state, fieldRetyped({ ...customerTier, type: 'enum' }))).toBe(state);
    expect(reducer(state, fieldRetyped({ modelId: 'm-customer', fieldId: 'ghost', type: 'number' }))).toBe(state);
  });

  it('sets and clears required', () => {
    let state = apply(rich(), fieldRequiredChanged({ ...customerName, required: false }));
    expect(field(state, 'm-customer', 'f-name')?.required).toBe(false);
    state = apply(state, fieldRequiredChanged({ ...customerName, required: true }));
    expect(field(state, 'm-customer', 'f-name')?.required).toBe(true);
    expect(reducer(state, { type: fieldRequiredChanged.type, payload: { ...customerName, required: 'yes' } })).toBe(state);
  });

  it('moves a field to another position, keeping the others in order', () => {
    let state = apply(rich(), fieldAdded('m-customer'));
    state = apply(state, fieldMoved({ ...customerName, toIndex: 2 }));
    expect(fieldNames(state, 'm-customer')).toEqual(['tier', 'field3', 'name']);
    state = apply(state, fieldMoved({ ...customerName, toIndex: 1 }));
    expect(fieldNames(state, 'm-customer')).toEqual(['tier', 'name', 'field3']);
    state = apply(state, fieldMoved({ ...customerTier, toIndex: 1 }));
    expect(fieldNames(state, 'm-customer')).toEqual(['name', 'tier', 'field3']);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('ignores a move out of range, to where it is, or of a missing field', () => {
    const state = rich();
    for (const toIndex of [-1, 2, 0.5, Number.NaN]) expect(reducer(state, fieldMoved({ ...customerName, toIndex }))).toBe(state);
    expect(reducer(state, fieldMoved({ ...customerName, toIndex: 0 }))).toBe(state);
    expect(reducer(state, fieldMoved({ modelId: 'm-order', fieldId: 'f-name', toIndex: 1 }))).toBe(state);
  });

  it('deletes a field', () => {
    const state = apply(rich(), fieldRemoved(customerName));
    expect(fieldNames(state, 'm-customer')).toEqual(['tier']);
    expect(reducer(state, fieldRemoved(customerName))).toBe(state);
  });
});

describe('enum values', () => {
  it('adds values under free names', () => {
    const state = apply(rich(), enumValueAdded(customerTier), enumValueAdded(customerTier));
    expect(field(state, 'm-customer', 'f-tier')).toMatchObject({ values: ['gold', 'silver', 'value3', 'value4'] });
  });

  it('renames a value to one that is not empty and not taken', () => {
    let state = apply(rich(), enumValueRenamed({ ...customerTier, index: 1, value: 'bronze' }));
    expect(field(state, 'm-customer', 'f-tier')).toMatchObject({ values: ['gold', 'bronze'] });
    const before = state;
    state = apply(
      state,
      enumValueRenamed({ ...customerTier, index: 1, value: 'gold' }),
      enumValueRenamed({ ...customerTier, index: 1, value: '' }),
      enumValueRenamed({ ...customerTier, index: 1, value: '  ' }),
      enumValueRenamed({ ...customerTier, index: 2, value: 'tin' }),
      enumValueRenamed({ ...customerName, index: 0, value: 'tin' }),
    );
    expect(state).toBe(before);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('removes values but always keeps one', () => {
    let state = apply(rich(), enumValueRemoved({ ...customerTier, index: 0 }));
    expect(field(state, 'm-customer', 'f-tier')).toMatchObject({ values: ['silver'] });
    const before = state;
    state = apply(state, enumValueRemoved({ ...customerTier, index: 0 }), enumValueRemoved({ ...customerTier, index: 5 }));
    expect(state).toBe(before);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('ignores value changes on a field that is not an enum', () => {
    const state = rich();
    expect(apply(state, enumValueAdded(customerName), enumValueRemoved({ ...customerName, index: 0 }))).toBe(state);
  });
});

describe('references', () => {
  it('re-points a reference at another existing model', () => {
    let state = apply(rich(), modelAdded());
    const added = state.ids[2] as string;
    state = apply(state, referenceRetargeted({ ...orderCustomer, targetId: added }));
    expect(field(state, 'm-order', 'f-customer')).toMatchObject({ modelId: added });
  });

  it('repairs a dangling reference', () => {
    let state = apply(rich(), modelRemoved('m-customer'), modelAdded());
    const added = state.ids[1] as string;
    state = apply(state, referenceRetargeted({ ...orderCustomer, targetId: added }));
    expect(field(state, 'm-order', 'f-customer')).toMatchObject({ modelId: added });
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('ignores a missing target, its own model, or a field that is not a reference', () => {
    const state = rich();
    expect(reducer(state, referenceRetargeted({ ...orderCustomer, targetId: 'ghost' }))).toBe(state);
    expect(reducer(state, referenceRetargeted({ ...orderCustomer, targetId: 'm-order' }))).toBe(state);
    expect(reducer(state, referenceRetargeted({ ...customerName, targetId: 'm-order' }))).toBe(state);
  });
});
