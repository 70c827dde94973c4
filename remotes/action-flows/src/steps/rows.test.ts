import type { FlowStep } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { actionFlowsSlice, hydrated, stepAdded, stepChanged, stepMoved } from '../slice.js';
import { rowTo } from './navigation.js';
import { endOfSubtree, sameShape, stepAt, stepRows } from './rows.js';

/** Greet: s1 sets a variable, s2 is an If with s3 in Then and s4 in Else, s5 navigates. */
const greet = () => richSnapshot().actionFlows.flows['flow-greet']?.steps as FlowStep[];
const { reducer } = actionFlowsSlice;
const stepsAfter = (...actions: Parameters<typeof reducer>[1][]) => {
  const state = actions.reduce(reducer, reducer(undefined, hydrated(richSnapshot().actionFlows)));
  return state.entities['flow-greet']?.steps as FlowStep[];
};

describe('the rows of a flow’s steps', () => {
  it('list each If step’s Then and its steps, then its Else and its steps, under it', () => {
    const rows = stepRows(greet());
    expect(rows.map((r) => [r.id, r.level, r.position, r.siblings])).toEqual([
      ['s1', 1, 1, 3],
      ['s2', 1, 2, 3],
      ['s2/then', 2, 1, 2],
      ['s3', 3, 1, 1],
      ['s2/else', 2, 2, 2],
      ['s4', 3, 1, 1],
      ['s5', 1, 3, 3],
    ]);
    expect(rows[2]).toMatchObject({ kind: 'branch', parentStepId: 's2', branch: 'thenSteps', count: 1 });
  });

  it('find each step again by its path', () => {
    const steps = greet();
    for (const row of stepRows(steps)) if (row.kind === 'step') expect(stepAt(steps, row.path)?.id).toBe(row.id);
    expect(stepAt(steps, { key: 9, up: null })).toBeUndefined();
    expect(stepAt(steps, { key: 0, up: { key: 'thenSteps', up: { key: 0, up: null } } })).toBeUndefined();
  });

  it('go as deep as If steps are nested, without running out of stack', () => {
    let steps: FlowStep[] = [{ id: 'leaf', kind: 'navigate', url: '/' }];
    for (let i = 0; i < 5_000; i++) {
      steps = [{ id: `if${i}`, kind: 'if', variableId: 'v', comparison: '==', value: '', thenSteps: steps, elseSteps: [] }];
    }
    const rows = stepRows(steps);
    expect(rows).toHaveLength(5_000 * 3 + 1);
    expect(rows.find((r) => r.id === 'leaf')?.level).toBe(5_000 * 2 + 1);
    expect(sameShape(steps, [...steps])).toBe(true);
  });

  it('keep their shape while a step’s fields change, and lose it when steps are added or moved', () => {
    const before = stepsAfter();
    const edited = stepsAfter(stepChanged({ flowId: 'flow-greet', step: { id: 's3', kind: 'showToast', message: 'Hi' } }));
    expect(edited).not.toBe(before);
    expect(sameShape(before, edited)).toBe(true);
    const toast: FlowStep = { id: 'new', kind: 'showToast', message: 'New' };
    expect(
      sameShape(
        before,
        stepsAfter(stepAdded({ at: { flowId: 'flow-greet', parentStepId: 's2', branch: 'elseSteps' }, step: toast })),
      ),
    ).toBe(false);
    expect(sameShape(before, stepsAfter(stepMoved({ flowId: 'flow-greet', stepId: 's1', by: 1 })))).toBe(false);
  });

  it('end an If step’s subtree at the next row no deeper than it', () => {
    const rows = stepRows(greet());
    expect(endOfSubtree(rows, 1)).toBe(6);
    expect(endOfSubtree(rows, 2)).toBe(4);
    expect(endOfSubtree(rows, 6)).toBe(7);
  });

  it('are gone through by keys as a tree is: up and down, to the ends, out to the row holding one and into it', () => {
    const rows = stepRows(greet());
    const ids = (key: string, from: string) =>
      rows[
        rowTo(
          key,
          rows,
          rows.findIndex((r) => r.id === from),
        ) ?? -1
      ]?.id;
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End'].map((key) => ids(key, 's3'))).toEqual(['s2/else', 's2/then', 's1', 's5']);
    expect([ids('ArrowLeft', 's3'), ids('ArrowLeft', 's2/then'), ids('ArrowLeft', 's2')]).toEqual(['s2/then', 's2', 's2']);
    expect([ids('ArrowRight', 's2'), ids('ArrowRight', 's2/else'), ids('ArrowRight', 's4')]).toEqual(['s2/then', 's4', 's4']);
    expect([ids('ArrowUp', 's1'), ids('ArrowDown', 's5')]).toEqual(['s1', 's5']);
    expect(rowTo('x', rows, 0)).toBeUndefined();
  });
});
