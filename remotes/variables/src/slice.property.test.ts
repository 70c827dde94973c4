import { checkSnapshot, VARIABLE_TYPES, type VariablesSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import type { UnknownAction } from '@reduxjs/toolkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultValueChanged,
  hydrated,
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

/*
 * Steps pick a variable by position, resolved against the state they meet (modulo the count), so a random
 * sequence keeps hitting variables that exist; `null` stands for an id that does not.
 */
const position = fc.option(fc.nat({ max: 20 }), { freq: 8 });
const ghostIds = fc.constantFrom('ghost', 'constructor', '__proto__', 'toString', 'has space', '');
const names = fc.oneof(
  fc.constantFrom('userName', 'count', 'isAdmin', 'profile', 'tags', 'variable1', 'variable2', '$ok', '_x'),
  fc.constantFrom('', ' ', '2fast', 'has space', 'a'.repeat(65), 'naïve', 'a-b', 'constructor', '__proto__'),
  fc.string({ maxLength: 6 }),
);
// Values of every type and some no snapshot can hold, so that both the accepted and the ignored paths run.
const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, undefined, [undefined], { at: new Date(0) }, () => 1),
);
const types = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VARIABLE_TYPES) }, fc.constantFrom('date', ''));

const often = <T>(arbitrary: fc.Arbitrary<T>, weight = 3) => ({ weight, arbitrary });
const step = fc.oneof(
  often(fc.record({ kind: fc.constant('add') })),
  fc.record({ kind: fc.constant('addDuplicateId'), variable: position }),
  often(fc.record({ kind: fc.constant('rename'), variable: position, name: names })),
  fc.record({ kind: fc.constant('remove'), variable: position }),
  often(fc.record({ kind: fc.constant('retype'), variable: position, type: types })),
  often(fc.record({ kind: fc.constant('setDefault'), variable: position, value: values })),
  often(fc.record({ kind: fc.constant('setValue'), variable: position, value: values })),
  fc.record({ kind: fc.constant('clearValue'), variable: position }),
  fc.record({ kind: fc.constant('ghost'), id: ghostIds, name: names, value: values }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function actionOf(state: VariablesSection, s: Step): UnknownAction[] {
  const idAt = (at: number | null) =>
    at === null || state.ids.length === 0 ? 'ghost' : (state.ids[at % state.ids.length] as string);
  switch (s.kind) {
    case 'add':
      return [variableAdded()];
    case 'addDuplicateId':
      return [{ type: variableAdded.type, payload: { id: idAt(s.variable) } }];
    case 'rename':
      return [variableRenamed({ id: idAt(s.variable), name: s.name })];
    case 'remove':
      return [variableRemoved(idAt(s.variable))];
    case 'retype':
      return [variableTypeChanged({ id: idAt(s.variable), type: s.type as 'string' })];
    case 'setDefault':
      return [defaultValueChanged({ id: idAt(s.variable), value: s.value })];
    case 'setValue':
      return [valueChanged({ id: idAt(s.variable), value: s.value })];
    case 'clearValue':
      return [valueCleared(idAt(s.variable))];
    case 'ghost':
      return [
        variableRenamed({ id: s.id, name: s.name }),
        variableTypeChanged({ id: s.id, type: 'object' }),
        defaultValueChanged({ id: s.id, value: s.value }),
        valueChanged({ id: s.id, value: s.value }),
        valueCleared(s.id),
        variableRemoved(s.id),
      ];
  }
}

const problemsOf = (state: VariablesSection) => checkSnapshot({ ...richSnapshot(), variables: selectSnapshot(state) });

describe('variables slice, under random edits', () => {
  for (const [start, initial] of [
    ['the empty state', () => reducer(undefined, { type: '@@init' })],
    ['the rich fixture', () => reducer(undefined, hydrated(richSnapshot().variables))],
  ] as const) {
    it(`keeps a valid section after every step, from ${start}`, () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
          let state = initial();
          for (const s of steps) {
            for (const action of actionOf(state, s)) state = reducer(state, action);
            expect(problemsOf(state)).toEqual([]);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
