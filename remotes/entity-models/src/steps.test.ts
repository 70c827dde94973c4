import { richSnapshot } from '@psb/contracts/testing';
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
} from './slice.js';

const { reducer } = entityModelsSlice;
/** Customer (name, tier: enum gold | silver) and Order (customer: a reference to Customer, placedAt). */
const rich = () => reducer(undefined, hydrated(richSnapshot().entityModels));
const tier = { modelId: 'm-customer', fieldId: 'f-tier' };
const customerRef = { modelId: 'm-order', fieldId: 'f-customer' };

/** What the host would show for `action` taken on `state`, as the domain module gives it. */
const stepOf = (action: UnknownAction, state: EntityModelsState = rich()) =>
  domain.describeStep?.(action, state, reducer(state, action));
const labelOf = (action: UnknownAction, state?: EntityModelsState) => stepOf(action, state)?.label;

describe('the entity models’ undo steps', () => {
  it('name what was done to a model', () => {
    expect(stepOf(modelAdded())).toEqual({ label: 'Add model' });
    expect(stepOf(modelRenamed({ id: 'm-order', name: 'Purchase' }))).toEqual({
      label: 'Rename model to Purchase',
      group: 'rename:m-order',
    });
    expect(labelOf(fieldAdded('m-customer'))).toBe('Add field to Customer');
  });

  it('name what was done to a field by its name', () => {
    expect(labelOf(fieldRetyped({ ...tier, type: 'string' }))).toBe('Change type of tier');
    expect(labelOf(fieldRequiredChanged({ ...tier, required: true }))).toBe('Make tier required');
    expect(labelOf(fieldRequiredChanged({ modelId: 'm-customer', fieldId: 'f-name', required: false }))).toBe(
      'Make name optional',
    );
    expect(labelOf(fieldMoved({ ...tier, toIndex: 0 }))).toBe('Move field tier');
    expect(labelOf(fieldRemoved(tier))).toBe('Delete field tier');
    const withThird = reducer(rich(), modelAdded());
    const third = withThird.ids[2] as string;
    expect(labelOf(referenceRetargeted({ ...customerRef, targetId: third }), withThird)).toBe('Change model of customer');
  });

  it('name what was done to an enum’s values', () => {
    expect(labelOf(enumValueAdded(tier))).toBe('Add value to tier');
    expect(labelOf(enumValueRenamed({ ...tier, index: 1, value: 'bronze' }))).toBe('Rename value to bronze');
    expect(labelOf(enumValueRemoved({ ...tier, index: 1 }))).toBe('Remove value silver');
  });

  it('make retried renames of one thing one step, apart from another’s', () => {
    const groupOf = (action: UnknownAction) => stepOf(action)?.group;
    const field = groupOf(fieldRenamed({ ...tier, name: 'level' }));
    expect(groupOf(fieldRenamed({ ...tier, name: 'rank' }))).toBe(field);
    expect(groupOf(fieldRenamed({ modelId: 'm-customer', fieldId: 'f-name', name: 'fullName' }))).not.toBe(field);
    expect(groupOf(modelRenamed({ id: 'm-customer', name: 'Client' }))).not.toBe(field);
    const value = groupOf(enumValueRenamed({ ...tier, index: 0, value: 'platinum' }));
    expect(groupOf(enumValueRenamed({ ...tier, index: 0, value: 'diamond' }))).toBe(value);
    expect(groupOf(enumValueRenamed({ ...tier, index: 1, value: 'bronze' }))).not.toBe(value);
  });

  it('tell a deleted model, and how many fields it leaves pointing at nothing', () => {
    expect(stepOf(modelRemoved('m-customer'))).toEqual({
      label: 'Delete model Customer',
      removed: 'Deleted model Customer, referenced by one field',
    });
    expect(stepOf(modelRemoved('m-order'))?.removed).toBe('Deleted model Order');
    const withField = reducer(rich(), fieldAdded('m-order'));
    const added = withField.entities['m-order']?.fields[2]?.id as string;
    // A new reference points at the first other model: Customer.
    const pointing = reducer(withField, fieldRetyped({ modelId: 'm-order', fieldId: added, type: 'reference' }));
    expect(stepOf(modelRemoved('m-customer'), pointing)?.removed).toBe('Deleted model Customer, referenced by 2 fields');
  });

  it('are none for what changes nothing to undo: an ignored change, a reopened project', () => {
    expect(stepOf(modelRenamed({ id: 'm-order', name: 'Customer' }))).toBeUndefined();
    expect(stepOf(enumValueRemoved({ modelId: 'm-customer', fieldId: 'f-name', index: 0 }))).toBeUndefined();
    expect(stepOf(fieldMoved({ ...tier, toIndex: 5 }))).toBeUndefined();
    expect(stepOf(referenceRetargeted({ ...customerRef, targetId: 'm-customer' }))).toBeUndefined();
    expect(stepOf(hydrated(richSnapshot().entityModels))).toBeUndefined();
  });
});
