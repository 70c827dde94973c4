// What the flows editor, the variables' uses and the runtime read of steps, without the schema (no TypeBox).
import { isFlowStep } from '../../compiled/schemaChecks.js';
import type { FlowStep } from './section.js';

export const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='] as const;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every step of a flow with its path, depth first, without recursion. */
export function* walkSteps(steps: FlowStep[], path: (string | number)[] = ['steps']) {
  const stack: { step: FlowStep; path: (string | number)[] }[] = [];
  const pushAll = (list: FlowStep[], at: (string | number)[]) => {
    for (let i = list.length - 1; i >= 0; i--) stack.push({ step: list[i] as FlowStep, path: [...at, i] });
  };
  pushAll(steps, path);
  while (stack.length > 0) {
    const item = stack.pop() as { step: FlowStep; path: (string | number)[] };
    yield item;
    if (item.step.kind === 'if') {
      pushAll(item.step.elseSteps, [...item.path, 'elseSteps']);
      pushAll(item.step.thenSteps, [...item.path, 'thenSteps']);
    }
  }
}

/** Whether a value is a valid step, as checkSnapshot would find it in a flow (the generated check, no TypeBox). */
export const fitsFlowStep = (value: unknown): value is FlowStep => isFlowStep(value, 0);
