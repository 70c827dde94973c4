import { checkSnapshot, type FlowStep, nodesPasted, nodesRemoved, type StepKind } from '@psb/contracts';
import { countingKeyListings, richSnapshot, roundTrip } from '@psb/contracts/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import {
  actionFlowsSlice,
  bindingAdded,
  bindingChanged,
  bindingRemoved,
  flowAdded,
  flowRemoved,
  flowRenamed,
  newStep,
  selectSnapshot,
  stepAdded,
  stepChanged,
  stepMoved,
  stepRemoved,
} from './slice.js';

const { reducer } = actionFlowsSlice;
const fromFixture = () => reducer(undefined, domain.hydrateFromSnapshot(richSnapshot().actionFlows));
/** The fixture flow's `if` step (its second), as it is now. */
const ifStepOf = (state: ReturnType<typeof reducer>) =>
  state.entities['flow-greet']?.steps[1] as Extract<FlowStep, { kind: 'if' }>;
const valid = (state: ReturnType<typeof reducer>) => checkSnapshot({ ...richSnapshot(), actionFlows: selectSnapshot(state) });

describe('action flows slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().actionFlows, problems: [] });
  });

  it('holds a checked section as it is, and freezes any other whole', () => {
    const checked = richSnapshot();
    expect(checkSnapshot(checked, { freeze: true })).toEqual([]);
    const flows = countingKeyListings(checked.actionFlows.flows);
    const held = reducer(undefined, domain.hydrateFromSnapshot(Object.freeze({ ...checked.actionFlows, flows: flows.record })));
    expect(held.entities).toBe(flows.record);
    expect(held.ids).toEqual(Object.keys(checked.actionFlows.flows));
    expect(Object.isFrozen(held)).toBe(true);
    expect(flows.listings()).toBe(1); // once, for the ids

    const loose = fromFixture();
    const steps = loose.entities['flow-greet']?.steps;
    expect([loose, loose.ids, loose.entities, steps, steps?.[0], loose.bindings].every(Object.isFrozen)).toBe(true);
  });

  it('gives back the same section object while nothing changes, and the open flow is not part of it', () => {
    const state = fromFixture();
    expect(selectSnapshot(reducer(state, { type: 'unrelated' }))).toBe(selectSnapshot(state));
    expect(selectSnapshot(reducer(state, actionFlowsSlice.actions.flowSelected('flow-greet')))).toBe(selectSnapshot(state));
  });

  it('adds, renames and deletes flows; a deleted flow takes its bindings', () => {
    let state = reducer(undefined, flowAdded());
    const [id] = state.ids as [string];
    expect(state.selectedFlowId).toBe(id);
    state = reducer(state, flowRenamed({ id, name: 'Increment' }));
    state = reducer(state, flowRenamed({ id, name: '   ' }));
    expect(state.entities[id]?.name).toBe('Increment');
    const fixture = reducer(fromFixture(), flowRemoved('flow-greet'));
    expect(selectSnapshot(fixture)).toEqual({ flows: {}, bindings: [] });
  });

  it('adds steps at the top and inside if branches, edits, reorders and deletes them', () => {
    let state = fromFixture();
    const toast = newStep('showToast', 'v-count', 'toast') as FlowStep;
    state = reducer(state, stepAdded({ at: { flowId: 'flow-greet', parentStepId: 's2', branch: 'elseSteps' }, step: toast }));
    expect(ifStepOf(state).elseSteps.map((s) => s.id)).toEqual(['s4', 'toast']);

    state = reducer(state, stepChanged({ flowId: 'flow-greet', step: { ...toast, message: 'Saved {{count}}' } as FlowStep }));
    state = reducer(state, stepChanged({ flowId: 'flow-greet', step: { ...toast, kind: 'navigate', url: '/' } as FlowStep }));
    state = reducer(state, stepChanged({ flowId: 'flow-greet', step: { ...toast, message: 42 } as unknown as FlowStep }));
    expect(ifStepOf(state).elseSteps[1]).toEqual({
      ...toast,
      message: 'Saved {{count}}',
    });

    state = reducer(state, stepMoved({ flowId: 'flow-greet', stepId: 'toast', by: -1 }));
    state = reducer(state, stepMoved({ flowId: 'flow-greet', stepId: 'toast', by: -1 }));
    expect(ifStepOf(state).elseSteps.map((s) => s.id)).toEqual(['toast', 's4']);
    state = reducer(state, stepRemoved({ flowId: 'flow-greet', stepId: 's2' }));
    expect(state.entities['flow-greet']?.steps.map((s) => s.id)).toEqual(['s1', 's5']);
    expect(valid(state)).toEqual([]);
  });

  it('needs a variable for the steps that set or test one', () => {
    expect(newStep('setVariable', undefined)).toBeUndefined();
    expect(newStep('if', undefined)).toBeUndefined();
    expect(newStep('navigate', undefined)).toMatchObject({ kind: 'navigate', url: '/' });
  });

  it('binds component events to flows, and drops the bindings of removed components', () => {
    let state = fromFixture();
    state = reducer(state, bindingAdded({ nodeId: 'greet', event: 'click', flowId: 'flow-greet' }));
    expect(state.bindings).toHaveLength(2);
    const added = state.bindings[1] as (typeof state.bindings)[number];
    state = reducer(state, bindingChanged({ ...added, flowId: 'no-such-flow' }));
    expect(state.bindings[1]).toEqual(added);
    state = reducer(state, bindingRemoved(added.id));
    state = reducer(state, bindingAdded({ nodeId: 'greet', event: 'click', flowId: 'no-such-flow' }));
    expect(state.bindings).toHaveLength(1);
    state = reducer(state, nodesRemoved({ ids: ['page', 'greet', 'title'] }));
    expect(state.bindings).toEqual([]);
  });

  it('adds pasted bindings, keeping one whose flow this project lacks', () => {
    const pasted = [
      { id: 'b-new', nodeId: 'greet-copy', event: 'click', flowId: 'flow-greet' },
      { id: 'b-lost', nodeId: 'greet-copy', event: 'click', flowId: 'flow-elsewhere' },
    ];
    const node = { id: 'greet-copy', type: 'Button', props: {}, children: [], parentId: null };
    const event = nodesPasted({
      nodes: { 'greet-copy': node },
      rootId: 'greet-copy',
      place: { parentId: null, index: 2 },
      bindings: pasted,
    });
    const state = reducer(fromFixture(), event);
    expect(state.bindings).toEqual([...richSnapshot().actionFlows.bindings, ...pasted]);
    // Pasting the same event again (a replay) adds nothing twice.
    expect(reducer(state, event).bindings).toHaveLength(3);
  });

  it('keeps the section valid through any sequence of edits (property)', () => {
    const kinds: StepKind[] = ['setVariable', 'showToast', 'navigate', 'request', 'if'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('addFlow' as const) }),
      fc.record({ kind: fc.constant('renameFlow' as const), pick: fc.nat(), name: fc.string() }),
      fc.record({ kind: fc.constant('removeFlow' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('addStep' as const),
        pick: fc.nat(),
        step: fc.constantFrom(...kinds),
        nested: fc.nat(),
        branch: fc.constantFrom('thenSteps', 'elseSteps'),
      }),
      fc.record({ kind: fc.constant('moveStep' as const), pick: fc.nat(), step: fc.nat(), by: fc.constantFrom(-1, 1) }),
      fc.record({ kind: fc.constant('removeStep' as const), pick: fc.nat(), step: fc.nat() }),
      fc.record({ kind: fc.constant('changeStep' as const), pick: fc.nat(), step: fc.nat(), text: fc.string() }),
      fc.record({ kind: fc.constant('bind' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('unbind' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(op, { maxLength: 40 }), (startFromFixture, ops) => {
        let state = startFromFixture ? fromFixture() : reducer(undefined, { type: 'init' });
        const flowAt = (n: number) => state.ids[n % Math.max(1, state.ids.length)] as string | undefined;
        const stepsOf = (flowId: string | undefined) => {
          const all: FlowStep[] = [];
          const stack = [...(flowId ? (state.entities[flowId]?.steps ?? []) : [])];
          while (stack.length) {
            const s = stack.pop() as FlowStep;
            all.push(s);
            if (s.kind === 'if') stack.push(...s.thenSteps, ...s.elseSteps);
          }
          return all;
        };
        for (const o of ops) {
          const flowId = 'pick' in o ? flowAt(o.pick) : undefined;
          const steps = stepsOf(flowId);
          const step = 'step' in o && typeof o.step === 'number' ? steps[o.step % Math.max(1, steps.length)] : undefined;
          if (o.kind === 'addFlow') state = reducer(state, flowAdded());
          if (o.kind === 'renameFlow' && flowId) state = reducer(state, flowRenamed({ id: flowId, name: o.name }));
          if (o.kind === 'removeFlow' && flowId) state = reducer(state, flowRemoved(flowId));
          if (o.kind === 'addStep' && flowId) {
            const ifs = steps.filter((s) => s.kind === 'if');
            const parent = o.nested % 2 === 0 ? null : (ifs[o.nested % Math.max(1, ifs.length)]?.id ?? null);
            const created = newStep(o.step, 'v-count');
            if (created)
              state = reducer(
                state,
                stepAdded({ at: { flowId, parentStepId: parent, branch: o.branch as 'thenSteps' }, step: created }),
              );
          }
          if (o.kind === 'moveStep' && flowId && step)
            state = reducer(state, stepMoved({ flowId, stepId: step.id, by: o.by as 1 }));
          if (o.kind === 'removeStep' && flowId && step) state = reducer(state, stepRemoved({ flowId, stepId: step.id }));
          if (o.kind === 'changeStep' && flowId && step) {
            state = reducer(
              state,
              stepChanged({ flowId, step: { ...step, message: o.text, url: o.text, value: o.text } as unknown as FlowStep }),
            );
          }
          if (o.kind === 'bind' && flowId) state = reducer(state, bindingAdded({ nodeId: 'greet', event: 'click', flowId }));
          if (o.kind === 'unbind' && state.bindings.length)
            state = reducer(state, bindingRemoved(state.bindings[o.pick % state.bindings.length]?.id as string));
          expect(valid(state)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
