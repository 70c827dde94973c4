import { entityById, type FlowStep, type StepKind, type VariablesSection } from '@psb/contracts';

/** The kinds of step, as a person reads them, in the order the Step kind menu lists them. */
export const KINDS: readonly [StepKind, string][] = [
  ['setVariable', 'Set variable'],
  ['showToast', 'Show toast'],
  ['navigate', 'Navigate'],
  ['request', 'Request'],
  ['if', 'If'],
];

export const stepTitle = (kind: StepKind): string => KINDS.find(([k]) => k === kind)?.[1] ?? kind;

/**
 * What a step does, in a few words, for its row's accessible name: moving through the rows by keyboard, a screen
 * reader says "Show toast: Saved" rather than "Show toast" a hundred times.
 */
export function stepLabel(step: FlowStep, variables: VariablesSection | undefined): string {
  const variable = (id: string) => (variables && entityById(variables, id)?.name) ?? 'a deleted variable';
  const title = stepTitle(step.kind);
  switch (step.kind) {
    case 'setVariable':
      return `${title}: ${variable(step.variableId)} to ${step.value}`;
    case 'showToast':
      return `${title}: ${step.message}`;
    case 'navigate':
      return `${title}: ${step.url}`;
    case 'request':
      return `${title}: ${step.method} ${step.url}`;
    case 'if':
      return `${title} ${variable(step.variableId)} ${step.comparison} ${step.value}`;
  }
}
