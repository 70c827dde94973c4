import type { ActionFlowsSection, Flow, FlowStep } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { describeChanges } from './changes.js';
import domain from './domain.js';

/**
 * One flow, Greet: s1 sets count, s2 is an If with s3 (a toast) in its then branch and s4 (a request) in its
 * else branch, s5 navigates. One binding, b1: the greet button's click runs Greet.
 */
const flows = (): ActionFlowsSection => richSnapshot().actionFlows;
const greet = (section: ActionFlowsSection) => section.flows['flow-greet'] as Flow;
const ifStep = (section: ActionFlowsSection) => greet(section).steps[1] as Extract<FlowStep, { kind: 'if' }>;
const toast = (id: string, message: string): FlowStep => ({ id, kind: 'showToast', message });

describe('the action flows say what differs between two versions', () => {
  it('say nothing of equal versions, whatever the order of a step’s keys', () => {
    const after = flows();
    greet(after).steps[2] = { url: '/thanks', kind: 'navigate', id: 's5' };
    expect(describeChanges(flows(), after)).toEqual([]);
  });

  it('name the flows added, renamed and removed', () => {
    const before = flows();
    before.flows.old = { id: 'old', name: 'Old', steps: [] };
    const after = flows();
    after.flows.checkout = { id: 'checkout', name: 'Checkout', steps: [] };
    greet(after).name = 'Say hello';
    expect(describeChanges(before, after)).toEqual([
      'flow Greet renamed to Say hello',
      'flow Checkout added',
      'flow Old removed',
    ]);
  });

  it('count the steps added, removed and changed in each flow, inside branches too', () => {
    const after = flows();
    greet(after).steps.push(toast('s6', 'Bye'));
    ifStep(after).thenSteps.push(toast('s7', 'Again'));
    ifStep(after).elseSteps = [];
    greet(after).steps[0] = { id: 's1', kind: 'setVariable', variableId: 'v-count', value: '0' };
    expect(describeChanges(flows(), after)).toEqual([
      'flow Greet: 2 steps added',
      'flow Greet: 1 step removed',
      'flow Greet: 1 step changed',
    ]);
  });

  it('change an If step for its own fields only, not for the steps inside it', () => {
    const after = flows();
    (ifStep(after).thenSteps[0] as Extract<FlowStep, { kind: 'showToast' }>).message = 'Hi';
    expect(describeChanges(flows(), after)).toEqual(['flow Greet: 1 step changed']);
    ifStep(after).comparison = '<';
    expect(describeChanges(flows(), after)).toEqual(['flow Greet: 2 steps changed']);
  });

  it('tell of steps moved among their siblings or into a branch, not of steps after a removed one', () => {
    const reordered = flows();
    greet(reordered).steps.reverse();
    expect(describeChanges(flows(), reordered)).toEqual(['flow Greet: steps moved']);

    const intoBranch = flows();
    const branch = ifStep(intoBranch);
    const [first] = greet(intoBranch).steps.splice(0, 1);
    branch.thenSteps.push(first as FlowStep);
    expect(describeChanges(flows(), intoBranch)).toEqual(['flow Greet: steps moved']);

    const shortened = flows();
    greet(shortened).steps.shift();
    expect(describeChanges(flows(), shortened)).toEqual(['flow Greet: 1 step removed']);
  });

  it('count the bindings added, removed and changed', () => {
    const after = flows();
    after.bindings = [
      { id: 'b1', nodeId: 'greet', event: 'click', flowId: 'checkout' },
      { id: 'b2', nodeId: 'title', event: 'click', flowId: 'flow-greet' },
      { id: 'b3', nodeId: 'footer', event: 'click', flowId: 'flow-greet' },
    ];
    expect(describeChanges(flows(), after)).toEqual(['2 bindings added', '1 binding changed']);
    expect(describeChanges(flows(), { ...flows(), bindings: [] })).toEqual(['1 binding removed']);
  });

  it('name the first five changes and count the rest', () => {
    const after = flows();
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) after.flows[name] = { id: name, name, steps: [] };
    expect(describeChanges(flows(), after)).toEqual([
      'flow A added',
      'flow B added',
      'flow C added',
      'flow D added',
      'flow E added',
      'and 2 more changes',
    ]);
  });

  it('is the domain module’s', () => {
    expect(domain.describeChanges).toBe(describeChanges);
  });
});
