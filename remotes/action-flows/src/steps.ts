import { entityById, type FlowStep, type StepDescription, walkSteps } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import {
  type ActionFlowsState,
  bindingAdded,
  bindingChanged,
  bindingRemoved,
  flowAdded,
  flowRemoved,
  flowRenamed,
  selectSnapshot,
  stepAdded,
  stepChanged,
  stepMoved,
  stepRemoved,
} from './slice.js';

const flowName = (state: ActionFlowsState, id: string) => entityById(state, id)?.name ?? id;
/** "binding" for one, "2 bindings" for more: to follow "its" or "the". */
const howMany = (n: number, noun: string) => (n === 1 ? noun : `${n} ${noun}s`);

/** "Deleted flow Submit", and the bindings it took along, which are shown apart from it. */
function removedFlow(state: ActionFlowsState, id: string): string {
  const bindings = state.bindings.filter((binding) => binding.flowId === id).length;
  return `Deleted flow ${flowName(state, id)}${bindings === 0 ? '' : ` and its ${howMany(bindings, 'binding')}`}`;
}

function stepById(steps: FlowStep[], id: string): FlowStep | undefined {
  for (const { step } of walkSteps(steps)) if (step.id === id) return step;
  // `hydrated` opens a project; an event from contracts (nodesRemoved, nodesPasted) is named by the tree, which sent it.
  return undefined;
}

/** For an If step with steps inside it, the deletion takes more than the one step: say how many more. */
function removedSteps(state: ActionFlowsState, flowId: string, stepId: string): string | undefined {
  const flow = entityById(state, flowId);
  const step = flow && stepById(flow.steps, stepId);
  const inside = step ? [...walkSteps([step])].length - 1 : 0;
  return inside === 0 ? undefined : `Deleted If step from ${flowName(state, flowId)} and the ${howMany(inside, 'step')} in it`;
}

/**
 * The words for a change to the action flows in the host's undo history. A flow's name and a step's texts are
 * dispatched a key at a time, so each is grouped by what it edits: a burst of typing is one step.
 */
export function describeStep(
  action: UnknownAction,
  before: ActionFlowsState,
  after: ActionFlowsState,
): StepDescription | undefined {
  // Only the saved section counts: choosing the open flow, or a change a reducer ignored, is nothing to undo.
  if (selectSnapshot(before) === selectSnapshot(after)) return undefined;
  if (flowAdded.match(action)) return { label: 'Add flow' };
  // The new name, not the old: the host keeps the label of a group's last step, whose old name is half typed.
  if (flowRenamed.match(action)) return { label: `Rename flow to ${action.payload.name}`, group: `rename:${action.payload.id}` };
  if (flowRemoved.match(action)) {
    return { label: `Delete flow ${flowName(before, action.payload)}`, removed: removedFlow(before, action.payload) };
  }
  if (stepAdded.match(action)) return { label: `Add step to ${flowName(after, action.payload.at.flowId)}` };
  if (stepChanged.match(action)) {
    const { flowId, step } = action.payload;
    return { label: `Change step in ${flowName(after, flowId)}`, group: `step:${flowId}/${step.id}` };
  }
  if (stepMoved.match(action)) return { label: `Move step in ${flowName(after, action.payload.flowId)}` };
  if (stepRemoved.match(action)) {
    const { flowId, stepId } = action.payload;
    const removed = removedSteps(before, flowId, stepId);
    return { label: `Delete step from ${flowName(before, flowId)}`, ...(removed && { removed }) };
  }
  if (bindingAdded.match(action)) return { label: `Add binding for ${flowName(after, action.payload.flowId)}` };
  if (bindingChanged.match(action)) return { label: `Change binding for ${flowName(after, action.payload.flowId)}` };
  if (bindingRemoved.match(action)) {
    const binding = before.bindings.find((b) => b.id === action.payload);
    return { label: binding ? `Delete binding for ${flowName(before, binding.flowId)}` : 'Delete binding' };
  }
  // `hydrated` opens a project; an event from contracts (nodesRemoved, nodesPasted) is named by the tree, which sent it.
  return undefined;
}
