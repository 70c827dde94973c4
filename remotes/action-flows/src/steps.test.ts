import { type FlowStep, nodesPasted, nodesRemoved } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import type { UnknownAction } from '@reduxjs/toolkit';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import {
  type ActionFlowsState,
  actionFlowsSlice,
  bindingAdded,
  bindingChanged,
  bindingRemoved,
  flowAdded,
  flowRemoved,
  flowRenamed,
  flowSelected,
  hydrated,
  newStep,
  stepAdded,
  stepChanged,
  stepMoved,
  stepRemoved,
} from './slice.js';

const { reducer } = actionFlowsSlice;
/**
 * One flow, Greet: s1 sets a variable, s2 is an If with one step in each branch, s5 navigates. Binding b1 runs it
 * when the button `greet` is clicked.
 */
const rich = () => reducer(undefined, hydrated(richSnapshot().actionFlows));

/** What the host would show for `action` taken on `state`, as the domain module gives it. */
const stepOf = (action: UnknownAction, state: ActionFlowsState = rich()) =>
  domain.describeStep?.(action, state, reducer(state, action));
const labelOf = (action: UnknownAction, state?: ActionFlowsState) => stepOf(action, state)?.label;

const toast = (message: string): FlowStep => ({ id: 's3', kind: 'showToast', message });

describe('the action flows’ undo steps', () => {
  it('name what was done to a flow', () => {
    expect(stepOf(flowAdded())).toEqual({ label: 'Add flow' });
    expect(labelOf(flowRenamed({ id: 'flow-greet', name: 'Welcome' }))).toBe('Rename flow to Welcome');
  });

  it('tell a deleted flow with the bindings it took along', () => {
    expect(stepOf(flowRemoved('flow-greet'))).toEqual({
      label: 'Delete flow Greet',
      removed: 'Deleted flow Greet and its binding',
    });
    let state = reducer(rich(), bindingAdded({ nodeId: 'greet', event: 'click', flowId: 'flow-greet' }));
    expect(stepOf(flowRemoved('flow-greet'), state)?.removed).toBe('Deleted flow Greet and its 2 bindings');
    state = reducer(state, flowAdded());
    expect(stepOf(flowRemoved(state.ids[1] as string), state)?.removed).toBe('Deleted flow Flow 2');
  });

  it('name what was done to a step by its flow', () => {
    const step = newStep('showToast', undefined) as FlowStep;
    expect(labelOf(stepAdded({ at: { flowId: 'flow-greet', parentStepId: null }, step }))).toBe('Add step to Greet');
    expect(labelOf(stepChanged({ flowId: 'flow-greet', step: toast('Hi') }))).toBe('Change step in Greet');
    expect(labelOf(stepMoved({ flowId: 'flow-greet', stepId: 's5', by: -1 }))).toBe('Move step in Greet');
    expect(stepOf(stepRemoved({ flowId: 'flow-greet', stepId: 's5' }))).toEqual({ label: 'Delete step from Greet' });
  });

  it('tell a deleted If with the steps inside it', () => {
    expect(stepOf(stepRemoved({ flowId: 'flow-greet', stepId: 's2' }))).toEqual({
      label: 'Delete step from Greet',
      removed: 'Deleted If step from Greet and the 2 steps in it',
    });
  });

  it('make a burst of typing in one step, or in a flow’s name, one step', () => {
    const groupOf = (action: UnknownAction) => stepOf(action)?.group;
    const typed = ['H', 'Hi', 'Hi!'].map((message) => groupOf(stepChanged({ flowId: 'flow-greet', step: toast(message) })));
    expect(new Set(typed).size).toBe(1);
    const navigate: FlowStep = { id: 's5', kind: 'navigate', url: '/bye' };
    expect(groupOf(stepChanged({ flowId: 'flow-greet', step: navigate }))).not.toBe(typed[0]);
    const renamed = ['W', 'We'].map((name) => groupOf(flowRenamed({ id: 'flow-greet', name })));
    expect(renamed[1]).toBe(renamed[0]);
    expect(renamed[0]).not.toBe(typed[0]);
  });

  it('name what was done to a binding by the flow it runs', () => {
    const state = reducer(rich(), flowAdded());
    const other = state.ids[1] as string;
    expect(labelOf(bindingAdded({ nodeId: 'greet', event: 'click', flowId: 'flow-greet' }), state)).toBe('Add binding for Greet');
    expect(labelOf(bindingChanged({ id: 'b1', nodeId: 'greet', event: 'click', flowId: other }), state)).toBe(
      'Change binding for Flow 2',
    );
    expect(labelOf(bindingRemoved('b1'), state)).toBe('Delete binding for Greet');
  });

  it('are none for what changes nothing saved: choosing a flow, an ignored change, a reopened project', () => {
    const state = reducer(rich(), flowAdded());
    expect(stepOf(flowSelected('flow-greet'), state)).toBeUndefined();
    expect(stepOf(flowRenamed({ id: 'flow-greet', name: '  ' }))).toBeUndefined();
    expect(stepOf(stepMoved({ flowId: 'flow-greet', stepId: 's1', by: -1 }))).toBeUndefined();
    expect(stepOf(hydrated(richSnapshot().actionFlows))).toBeUndefined();
  });

  it('leave components removed or pasted with their bindings to the tree’s own step', () => {
    const removed = nodesRemoved({ ids: ['greet'] });
    expect(reducer(rich(), removed).bindings).toEqual([]);
    expect(stepOf(removed)).toBeUndefined();
    const copy = { id: 'greet-2', type: 'Button', props: { label: 'Greet' }, children: [], parentId: null };
    const binding = { id: 'b2', nodeId: 'greet-2', event: 'click', flowId: 'flow-greet' };
    const pasted = nodesPasted({
      nodes: { 'greet-2': copy },
      rootId: 'greet-2',
      place: { parentId: null, index: 0 },
      bindings: [binding],
    });
    expect(reducer(rich(), pasted).bindings).toHaveLength(2);
    expect(stepOf(pasted)).toBeUndefined();
  });
});
