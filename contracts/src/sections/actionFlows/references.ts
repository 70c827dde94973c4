import { type Problem, ProblemList, pointer } from '../../problem.js';
import type { ComponentTreeSection } from '../componentTree/section.js';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The bindings of an action flows section that its schema refused and that name no flow, or no node of the tree
 * (when the tree fits its schema), in the words `checkActionFlows` uses. Reads whatever is readable.
 */
export function flowReferenceProblems(
  section: unknown,
  tree: ComponentTreeSection | undefined,
  problems = new ProblemList(),
  at = ['actionFlows'],
): Problem[] {
  if (!isRecord(section) || !Array.isArray(section.bindings)) return problems.problems;
  const flows = isRecord(section.flows) ? section.flows : undefined;
  for (const [i, binding] of (section.bindings as unknown[]).entries()) {
    if (problems.full) break;
    if (!isRecord(binding)) continue;
    const { nodeId, flowId } = binding;
    if (tree && typeof nodeId === 'string' && !Object.hasOwn(tree.nodes, nodeId)) {
      problems.add(pointer(...at, 'bindings', i, 'nodeId'), `No component node with id "${nodeId}".`);
    }
    if (flows && typeof flowId === 'string' && !Object.hasOwn(flows, flowId)) {
      problems.add(pointer(...at, 'bindings', i, 'flowId'), `No flow with id "${flowId}".`);
    }
  }
  return problems.problems;
}
