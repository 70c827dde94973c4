import { nodesRemoved } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import type { UnknownAction } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import {
  defaultValueChanged,
  hydrated,
  selectSnapshot,
  type VariablesState,
  valueChanged,
  valueCleared,
  variableAdded,
  variableRemoved,
  variableRenamed,
  variablesSlice,
  variableTypeChanged,
} from './slice.js';

const { reducer } = variablesSlice;
/** userName (string), count (number, current value 3), isAdmin, profile, tags. */
const rich = () => reducer(undefined, hydrated(richSnapshot().variables));

/** What the host would show for `action` taken on `state`, as the domain module gives it. */
const stepOf = (action: UnknownAction, state: VariablesState = rich()) =>
  domain.describeStep?.(action, state, reducer(state, action));

describe('the variables’ undo steps', () => {
  it('name adding, retyping and deleting a variable', () => {
    expect(stepOf(variableAdded())).toEqual({ label: 'Add variable' });
    expect(stepOf(variableTypeChanged({ id: 'v-name', type: 'number' }))).toEqual({ label: 'Change type of userName' });
    expect(stepOf(variableRemoved('v-name'))).toEqual({
      label: 'Delete variable userName',
      removed: 'Deleted variable userName',
    });
  });

  it('name a rename by the new name, one step per variable however often it is retried', () => {
    const first = stepOf(variableRenamed({ id: 'v-name', name: 'customer' }));
    const again = stepOf(variableRenamed({ id: 'v-name', name: 'customerName' }));
    const other = stepOf(variableRenamed({ id: 'v-count', name: 'clicks' }));
    expect(first?.label).toBe('Rename variable to customer');
    expect(again?.label).toBe('Rename variable to customerName');
    expect(again?.group).toBe(first?.group);
    expect(other?.group).not.toBe(first?.group);
  });

  it('make a burst of typing in a default one step, apart from typing in its current value', () => {
    const typed = ['A', 'Ad', 'Ada L'].map((value) => stepOf(defaultValueChanged({ id: 'v-name', value })));
    expect(typed.map((step) => step?.label)).toEqual(Array(3).fill('Change default of userName'));
    expect(new Set(typed.map((step) => step?.group)).size).toBe(1);
    const current = stepOf(valueChanged({ id: 'v-name', value: 'Bob' }));
    expect(current?.group).not.toBe(typed[0]?.group);
  });

  it('count changing the current value as an edit, since Save keeps it', () => {
    const state = rich();
    const after = reducer(state, valueChanged({ id: 'v-count', value: 4 }));
    expect(selectSnapshot(after).values).toEqual({ 'v-count': 4 });
    expect(stepOf(valueChanged({ id: 'v-count', value: 4 }), state)?.label).toBe('Change current value of count');
    expect(stepOf(valueChanged({ id: 'v-name', value: 'Bob' }), state)?.label).toBe('Set current value of userName');
    expect(stepOf(valueCleared('v-count'), state)).toEqual({ label: 'Use default for count' });
  });

  it('are none for what changes nothing to undo: an ignored change, a reopened project, another domain’s event', () => {
    expect(stepOf(variableRenamed({ id: 'v-name', name: 'count' }))).toBeUndefined();
    expect(stepOf(defaultValueChanged({ id: 'v-count', value: 'not a number' }))).toBeUndefined();
    expect(stepOf(valueCleared('v-name'))).toBeUndefined();
    expect(stepOf(hydrated(richSnapshot().variables))).toBeUndefined();
    expect(stepOf(nodesRemoved({ ids: ['greet'] }))).toBeUndefined();
  });
});
