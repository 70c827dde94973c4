import { type ActionFlowsSection, type Binding, type Flow, type FlowStep, jsonEqual, summarizeChanges } from '@psb/contracts';
import { counted } from './counted.js';

/**
 * What differs between two saved versions of the action flows, in words for the version history: "flow Checkout
 * added", "flow Pay renamed to Checkout", "flow Checkout: 1 step added", "2 bindings changed". Flows, steps and
 * bindings are matched by id; a flow that is the same object in both is not looked into.
 */
export function describeChanges(before: ActionFlowsSection, after: ActionFlowsSection): string[] {
  if (before === after) return [];
  const phrases: string[] = [];
  for (const id of Object.keys(after.flows)) {
    const now = after.flows[id] as Flow;
    const was = flowIn(before, id);
    if (!was) phrases.push(`flow ${now.name} added`);
    else if (was !== now) {
      if (was.name !== now.name) phrases.push(`flow ${was.name} renamed to ${now.name}`);
      if (was.steps !== now.steps) phrases.push(...stepChanges(was.steps, now.steps).map((what) => `flow ${now.name}: ${what}`));
    }
  }
  for (const id of Object.keys(before.flows)) {
    if (!flowIn(after, id)) phrases.push(`flow ${(before.flows[id] as Flow).name} removed`);
  }
  if (before.bindings !== after.bindings) phrases.push(...bindingChanges(before.bindings, after.bindings));
  return summarizeChanges(phrases);
}

/** Own keys only: an id may be "constructor". */
const flowIn = (section: ActionFlowsSection, id: string) => (Object.hasOwn(section.flows, id) ? section.flows[id] : undefined);

/** A step and the list it is in: "" for the flow's own steps, "<if step id>/then" or "/else" for a branch. */
type Placed = { step: FlowStep; list: string };

/**
 * The steps of one flow: how many were added, removed and changed, and whether any moved (to another list, or
 * among the steps kept in theirs). An If step counts as changed for its own fields, not for the steps inside it.
 */
function stepChanges(was: FlowStep[], now: FlowStep[]): string[] {
  const placedBefore = stepsInOrder(was);
  const placedNow = stepsInOrder(now);
  const before = new Map(placedBefore.map((placed) => [placed.step.id, placed]));
  const listNow = new Map(placedNow.map(({ step, list }) => [step.id, list]));
  let added = 0;
  let changed = 0;
  for (const { step } of placedNow) {
    const old = before.get(step.id);
    if (!old) added++;
    else if (old.step !== step && !jsonEqual(ownFields(old.step), ownFields(step))) changed++;
  }
  const removed = placedBefore.filter(({ step }) => !listNow.has(step.id)).length;
  // Moved: a kept step is in another list, or the steps that stayed in theirs are met in another order.
  const stayedBefore = placedBefore.filter(({ step, list }) => listNow.get(step.id) === list);
  const stayedNow = placedNow.filter(({ step, list }) => before.get(step.id)?.list === list);
  const moved =
    stayedBefore.length < placedBefore.length - removed || stayedBefore.some(({ step }, i) => step.id !== stayedNow[i]?.step.id);
  const phrases: string[] = [];
  if (added > 0) phrases.push(`${counted(added, 'step')} added`);
  if (removed > 0) phrases.push(`${counted(removed, 'step')} removed`);
  if (changed > 0) phrases.push(`${counted(changed, 'step')} changed`);
  if (moved) phrases.push('steps moved');
  return phrases;
}

/** Every step of a flow in the order a reader meets them, with its list; without recursion, as `walkSteps`. */
function stepsInOrder(steps: FlowStep[]): Placed[] {
  const found: Placed[] = [];
  const stack: Placed[] = [];
  const pushAll = (list: FlowStep[], where: string) => {
    for (let i = list.length - 1; i >= 0; i--) stack.push({ step: list[i] as FlowStep, list: where });
  };
  pushAll(steps, '');
  for (let placed = stack.pop(); placed !== undefined; placed = stack.pop()) {
    found.push(placed);
    const { step } = placed;
    if (step.kind === 'if') {
      pushAll(step.elseSteps, `${step.id}/else`);
      pushAll(step.thenSteps, `${step.id}/then`);
    }
  }
  return found;
}

/** A step without the steps inside it: what its own form edits. */
function ownFields(step: FlowStep): unknown {
  if (step.kind !== 'if') return step;
  const { thenSteps: _then, elseSteps: _else, ...own } = step;
  return own;
}

/** Bindings added, removed and changed (another component, event or flow), counted. */
function bindingChanges(was: Binding[], now: Binding[]): string[] {
  const bindingsBefore = new Map(was.map((binding) => [binding.id, binding]));
  const idsNow = new Set(now.map((binding) => binding.id));
  let added = 0;
  let changed = 0;
  for (const binding of now) {
    const old = bindingsBefore.get(binding.id);
    if (!old) added++;
    else if (old !== binding && !jsonEqual(old, binding)) changed++;
  }
  const removed = was.filter((binding) => !idsNow.has(binding.id)).length;
  const phrases: string[] = [];
  if (added > 0) phrases.push(`${counted(added, 'binding')} added`);
  if (removed > 0) phrases.push(`${counted(removed, 'binding')} removed`);
  if (changed > 0) phrases.push(`${counted(changed, 'binding')} changed`);
  return phrases;
}
