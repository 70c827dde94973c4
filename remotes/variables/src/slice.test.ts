import { checkSnapshot, type VariablesSection } from '@psb/contracts';
import { richSnapshot, roundTrip } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import {
  defaultValueChanged,
  hydrated,
  runtimeValueOf,
  selectSnapshot,
  valueChanged,
  valueCleared,
  variableAdded,
  variableRemoved,
  variableRenamed,
  variablesSlice,
  variableTypeChanged,
} from './slice.js';

const { reducer } = variablesSlice;
const valid = (section: VariablesSection) =>
  checkSnapshot({ ...richSnapshot(), variables: section, actionFlows: { flows: {}, bindings: [] } });
const rich = () => reducer(undefined, hydrated(richSnapshot().variables));

describe('variables slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().variables, problems: [] });
  });

  it('gives back the section it was hydrated with, as the same object while nothing changes', () => {
    const section = richSnapshot().variables;
    const state = reducer(undefined, domain.hydrateFromSnapshot(section));
    expect(selectSnapshot(state)).toEqual(section);
    expect(selectSnapshot(state)).toBe(selectSnapshot(state));
  });

  it('keeps its public shape', () => {
    expect(domain).toMatchObject({ key: 'variables', title: 'Variables', version: 1 });
    expect(domain.slice.reducerPath).toBe('variables');
    expect(domain.emptySection()).toEqual({ entities: {}, ids: [] });
  });

  it('adds variables under free names, renames and deletes them, staying valid', () => {
    let state = reducer(undefined, variableAdded());
    state = reducer(state, variableAdded());
    const [first, second] = state.ids as [string, string];
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['variable1', 'variable2']);

    state = reducer(state, variableRenamed({ id: first, name: 'userName' }));
    expect(state.entities[first]?.name).toBe('userName');
    state = reducer(state, variableRenamed({ id: second, name: 'userName' }));
    state = reducer(state, variableRenamed({ id: second, name: '2fast' }));
    expect(state.entities[second]?.name).toBe('variable2');
    expect(valid(selectSnapshot(state))).toEqual([]);

    state = reducer(state, variableRemoved(first));
    expect(state.ids).toEqual([second]);
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('adds a string variable with an empty default under the id in the action, once', () => {
    const action = variableAdded();
    let state = reducer(undefined, action);
    expect(state.entities[action.payload.id]).toEqual({
      id: action.payload.id,
      name: 'variable1',
      type: 'string',
      defaultValue: '',
    });
    state = reducer(state, action);
    expect(state.ids).toEqual([action.payload.id]);
  });

  it('ignores an added id that no snapshot accepts', () => {
    const state = reducer(undefined, { type: variableAdded.type, payload: { id: 'has space' } });
    expect(state.ids).toEqual([]);
  });

  it('skips names already taken when it picks one', () => {
    let state = reducer(undefined, variableAdded());
    state = reducer(state, variableRenamed({ id: state.ids[0] as string, name: 'variable2' }));
    state = reducer(state, variableAdded());
    expect(state.ids.map((id) => state.entities[id]?.name)).toEqual(['variable2', 'variable3']);
  });

  it('ignores renames of unknown variables, and a rename to its own name changes nothing', () => {
    const before = rich();
    expect(reducer(before, variableRenamed({ id: 'ghost', name: 'free' }))).toBe(before);
    expect(reducer(before, variableRenamed({ id: 'constructor', name: 'free' }))).toBe(before);
    expect(reducer(before, variableRenamed({ id: 'v-name', name: 'userName' })).entities['v-name']?.name).toBe('userName');
  });

  it('drops the run-time value of a deleted variable', () => {
    let state = rich();
    state = reducer(state, variableRemoved('v-count'));
    expect(state.values).toEqual({});
    expect(valid(selectSnapshot(state))).toEqual([]);
  });

  it('ignores deleting a variable that does not exist', () => {
    const before = rich();
    expect(reducer(before, variableRemoved('ghost'))).toBe(before);
    expect(reducer(before, variableRemoved('toString'))).toBe(before);
  });

  describe('type changes', () => {
    const retype = (id: string, type: 'string' | 'number' | 'boolean' | 'object' | 'array', start = rich()) =>
      reducer(start, variableTypeChanged({ id, type })).entities[id];

    it('converts the default when it can', () => {
      expect(retype('v-count', 'string')).toMatchObject({ type: 'string', defaultValue: '0' });
      expect(retype('v-admin', 'string')).toMatchObject({ type: 'string', defaultValue: 'false' });
      expect(retype('v-profile', 'string')).toMatchObject({ type: 'string', defaultValue: '{"tier":"gold"}' });
      expect(retype('v-tags', 'string')).toMatchObject({ type: 'string', defaultValue: '["a","b"]' });
      expect(retype('v-admin', 'number')).toMatchObject({ type: 'number', defaultValue: 0 });
      expect(retype('v-count', 'boolean')).toMatchObject({ type: 'boolean', defaultValue: false });
    });

    it('reads text as a number, boolean, object or array', () => {
      const withDefault = (text: string) => reducer(rich(), defaultValueChanged({ id: 'v-name', value: text }));
      expect(retype('v-name', 'number', withDefault(' 42 '))?.defaultValue).toBe(42);
      expect(retype('v-name', 'boolean', withDefault('true'))?.defaultValue).toBe(true);
      expect(retype('v-name', 'object', withDefault('{"a":[1]}'))?.defaultValue).toEqual({ a: [1] });
      expect(retype('v-name', 'array', withDefault('[1,"x"]'))?.defaultValue).toEqual([1, 'x']);
    });

    it("resets the default to the type's empty value when it cannot convert", () => {
      expect(retype('v-name', 'number')).toMatchObject({ type: 'number', defaultValue: 0 });
      expect(retype('v-name', 'boolean')).toMatchObject({ type: 'boolean', defaultValue: false });
      expect(retype('v-name', 'object')).toMatchObject({ type: 'object', defaultValue: {} });
      expect(retype('v-name', 'array')).toMatchObject({ type: 'array', defaultValue: [] });
      expect(retype('v-profile', 'array')).toMatchObject({ type: 'array', defaultValue: [] });
      expect(retype('v-tags', 'object')).toMatchObject({ type: 'object', defaultValue: {} });
    });

    it('converts the run-time value by the same rules, and adds none', () => {
      let state = reducer(rich(), variableTypeChanged({ id: 'v-count', type: 'string' }));
      expect(state.values).toEqual({ 'v-count': '3' });
      state = reducer(state, variableTypeChanged({ id: 'v-count', type: 'boolean' }));
      expect(state.values).toEqual({ 'v-count': false });
      state = reducer(state, variableTypeChanged({ id: 'v-name', type: 'number' }));
      expect(state.values).toEqual({ 'v-count': false });
      expect(valid(selectSnapshot(state))).toEqual([]);
    });

    it('keeps the description, and ignores the same type, unknown types and unknown variables', () => {
      expect(retype('v-count', 'string')?.description).toBe('Clicks so far');
      const before = rich();
      expect(reducer(before, variableTypeChanged({ id: 'v-count', type: 'number' }))).toBe(before);
      expect(reducer(before, variableTypeChanged({ id: 'v-count', type: 'date' as 'number' }))).toBe(before);
      expect(reducer(before, variableTypeChanged({ id: 'ghost', type: 'string' }))).toBe(before);
    });
  });

  describe('default values', () => {
    it('sets a default of the variable type', () => {
      let state = reducer(rich(), defaultValueChanged({ id: 'v-count', value: 7.5 }));
      state = reducer(state, defaultValueChanged({ id: 'v-admin', value: true }));
      state = reducer(state, defaultValueChanged({ id: 'v-profile', value: { tier: 'silver', n: [1] } }));
      state = reducer(state, defaultValueChanged({ id: 'v-tags', value: [] }));
      expect(state.ids.map((id) => state.entities[id]?.defaultValue)).toEqual(['Ada', 7.5, true, { tier: 'silver', n: [1] }, []]);
      expect(valid(selectSnapshot(state))).toEqual([]);
    });

    it('ignores a default of another type, one JSON cannot hold, or for an unknown variable', () => {
      const before = rich();
      for (const [id, value] of [
        ['v-count', '3'],
        ['v-count', Number.POSITIVE_INFINITY],
        ['v-count', Number.NaN],
        ['v-admin', 1],
        ['v-profile', ['a']],
        ['v-profile', null],
        ['v-profile', { when: new Date(0) }],
        ['v-tags', [undefined]],
        ['v-tags', [Number.NEGATIVE_INFINITY]],
        ['ghost', 'x'],
      ] as const) {
        expect(reducer(before, defaultValueChanged({ id, value })), `${id} = ${String(value)}`).toBe(before);
      }
    });
  });

  describe('run-time values', () => {
    it('sets a value apart from the default, creating the record when there is none', () => {
      let state = reducer(undefined, variableAdded());
      const id = state.ids[0] as string;
      state = reducer(state, valueChanged({ id, value: 'now' }));
      expect(state.values).toEqual({ [id]: 'now' });
      expect(state.entities[id]?.defaultValue).toBe('');
      expect(runtimeValueOf(state.values, id)).toEqual({ value: 'now' });
      expect(valid(selectSnapshot(state))).toEqual([]);
    });

    it('ignores a value of another type or for an unknown variable', () => {
      const before = rich();
      expect(reducer(before, valueChanged({ id: 'v-count', value: 'three' }))).toBe(before);
      expect(reducer(before, valueChanged({ id: 'ghost', value: 1 }))).toBe(before);
      expect(reducer(before, valueChanged({ id: '__proto__', value: 1 }))).toBe(before);
    });

    it('clears a value back to the default, and ignores clearing one that is not set', () => {
      const before = rich();
      const state = reducer(before, valueCleared('v-count'));
      expect(state.values).toEqual({});
      expect(runtimeValueOf(state.values, 'v-count')).toBeUndefined();
      expect(state.entities['v-count']?.defaultValue).toBe(0);
      expect(reducer(before, valueCleared('v-name'))).toBe(before);
      expect(reducer(before, valueCleared('hasOwnProperty'))).toBe(before);
    });

    it('tells a value that is set to a falsy value from none', () => {
      const state = reducer(rich(), valueChanged({ id: 'v-admin', value: false }));
      expect(runtimeValueOf(state.values, 'v-admin')).toEqual({ value: false });
      expect(runtimeValueOf(state.values, 'v-name')).toBeUndefined();
      expect(runtimeValueOf(undefined, 'v-name')).toBeUndefined();
    });
  });
});
