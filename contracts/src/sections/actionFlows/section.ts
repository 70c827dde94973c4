import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { componentSpec } from '../../catalogue.js';
import { sectionChecks } from '../../compiled/schemaChecks.js';
import { ById, Id, Identifier, Name } from '../../primitives.js';
import { type Problem, ProblemList, pointer } from '../../problem.js';
import type { ComponentTreeSection } from '../componentTree/section.js';
import { defineSection } from '../definition.js';
import { actionFlowsFormat } from './format.js';
import { flowReferenceProblems } from './references.js';
import { COMPARISONS, HTTP_METHODS, walkSteps } from './steps.js';

export { COMPARISONS, fitsFlowStep, HTTP_METHODS, walkSteps } from './steps.js';

/** Text that may hold `{{expressions}}` of variables. */
const Template = Type.String({ maxLength: 10_000 });

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const step = <K extends string, P extends Record<string, TSchema>>(kind: K, props: P) =>
  Type.Object({ id: Id, kind: Type.Literal(kind), ...props }, { additionalProperties: false });

export const FlowStep = Type.Recursive(
  (Step) =>
    Type.Union([
      step('setVariable', { variableId: Id, value: Template }),
      step('showToast', { message: Template }),
      step('navigate', { url: Template }),
      step('request', {
        method: literals(HTTP_METHODS),
        url: Template,
        body: Type.Optional(Template),
        resultVariableId: Type.Optional(Id),
      }),
      step('if', {
        variableId: Id,
        comparison: literals(COMPARISONS),
        value: Template,
        thenSteps: Type.Array(Step),
        elseSteps: Type.Array(Step),
      }),
    ]),
  { $id: 'FlowStep' },
);
export type FlowStep = Static<typeof FlowStep>;
export type StepKind = FlowStep['kind'];

export const Flow = Type.Object({ id: Id, name: Name, steps: Type.Array(FlowStep) }, { additionalProperties: false });
export type Flow = Static<typeof Flow>;

/** Runs `flowId` when the component `nodeId` emits `event` (an event of its type in the catalogue). */
export const Binding = Type.Object({ id: Id, nodeId: Id, event: Identifier, flowId: Id }, { additionalProperties: false });
export type Binding = Static<typeof Binding>;

export const ActionFlowsSection = Type.Object(
  { flows: ById(Flow), bindings: Type.Array(Binding) },
  { additionalProperties: false },
);
export type ActionFlowsSection = Static<typeof ActionFlowsSection>;

/** Flow keys match ids, step ids are unique within a flow, and bindings name existing nodes and flows. */
export function checkActionFlows(
  section: ActionFlowsSection,
  tree: ComponentTreeSection | undefined,
  problems = new ProblemList(),
  at = ['actionFlows'],
): Problem[] {
  for (const [key, flow] of Object.entries(section.flows)) {
    if (problems.full) return problems.problems;
    if (flow.id !== key) {
      problems.add(pointer(...at, 'flows', key, 'id'), `The flow id "${flow.id}" does not match its key "${key}".`);
    }
    const stepIds = new Set<string>();
    for (const { step, path } of walkSteps(flow.steps)) {
      if (problems.full) return problems.problems;
      if (stepIds.has(step.id)) {
        problems.add(pointer(...at, 'flows', key, ...path, 'id'), `The step id "${step.id}" is used twice in this flow.`);
      }
      stepIds.add(step.id);
    }
  }
  const bindingIds = new Set<string>();
  for (const [i, binding] of section.bindings.entries()) {
    if (problems.full) break;
    if (bindingIds.has(binding.id)) {
      problems.add(pointer(...at, 'bindings', i, 'id'), `The binding id "${binding.id}" is used twice.`);
    }
    bindingIds.add(binding.id);
    const node = tree && Object.hasOwn(tree.nodes, binding.nodeId) ? tree.nodes[binding.nodeId] : undefined;
    if (tree && !node) {
      problems.add(pointer(...at, 'bindings', i, 'nodeId'), `No component node with id "${binding.nodeId}".`);
    }
    const events = node && componentSpec(node.type)?.events;
    if (events && !events.includes(binding.event)) {
      const emits = events.length > 0 ? `it emits ${events.join(', ')}` : 'it emits no events';
      problems.add(pointer(...at, 'bindings', i, 'event'), `A ${node.type} does not emit "${binding.event}"; ${emits}.`);
    }
    if (!Object.hasOwn(section.flows, binding.flowId)) {
      problems.add(pointer(...at, 'bindings', i, 'flowId'), `No flow with id "${binding.flowId}".`);
    }
  }
  return problems.problems;
}

/** The actionFlows section: its format, schema and checks in one place (sections/registry.ts lists it). */
export const actionFlowsSection = defineSection({
  ...actionFlowsFormat,
  schema: ActionFlowsSection,
  fits: sectionChecks.actionFlows,
  // Bindings are checked against the tree only when the tree itself fits its schema.
  integrity: (section, valid, problems) =>
    checkActionFlows(section, valid.componentTree as ComponentTreeSection | undefined, problems),
  references: (section, valid, problems) =>
    flowReferenceProblems(section, valid.componentTree as ComponentTreeSection | undefined, problems),
});
