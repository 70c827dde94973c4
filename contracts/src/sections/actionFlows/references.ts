import { type Problem, pointer } from '../../problem.js';
import type { ComponentTreeSection } from '../componentTree/section.js';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The bindings of an action flows section that its schema refused and that name no flow, or no node of the tree
 * (when the tree fits its schema), in the words `checkActionFlows` uses. Reads whatever is readable.
 */
export function flowReferenceProblems(section: unknown, tree: ComponentTreeSection | undefined, at = ['actionFlows']): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(section) || !Array.isArray(section.bindings)) return problems;
  const flows = isRecord(section.flows) ? section.flows : undefined;
  section.bindings.forEach((binding: unknown, i) => {
    if (!isRecord(binding)) return;
    const { nodeId, flowId } = binding;
    if (tree && typeof nodeId === 'string' && !Object.hasOwn(tree.nodes, nodeId)) {
      problems.push({ path: pointer(...at, 'bindings', i, 'nodeId'), message: `No component node with id "${nodeId}".` });
    }
    if (flows && typeof flowId === 'string' && !Object.hasOwn(flows, flowId)) {
      problems.push({ path: pointer(...at, 'bindings', i, 'flowId'), message: `No flow with id "${flowId}".` });
    }
  });
  return problems;
}
