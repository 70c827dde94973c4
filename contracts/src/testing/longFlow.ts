import type { FlowStep } from '../sections/actionFlows/section.js';

/** Every IF_EVERY-th top-level step of a long flow is an If with three steps in Then and two in Else. */
export const IF_EVERY = 20;

/**
 * The steps of a flow of `count` steps, counting those inside If steps (1,000 give 800 at the top, 40 of them If
 * steps): each other step a toast saying its number ("Toast 999" is the last), each If step `if<number>`.
 */
export function longFlowSteps(count: number): FlowStep[] {
  const steps: FlowStep[] = [];
  let n = 0;
  const toast = (): FlowStep => ({ id: `t${n}`, kind: 'showToast', message: `Toast ${n++}` });
  while (n < count) {
    if (steps.length % IF_EVERY === 0) {
      const id = `if${n++}`;
      steps.push({
        id,
        kind: 'if',
        variableId: 'v-count',
        comparison: '>',
        value: '2',
        thenSteps: [toast(), toast(), toast()],
        elseSteps: [toast(), toast()],
      });
    } else steps.push(toast());
  }
  return steps;
}
