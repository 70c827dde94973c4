import { type Problem, ProblemList, pointer } from '../../problem.js';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ids of a component tree that its schema refused and that point at no node: roots, children and parents,
 * in the words `checkComponentTree` uses. Reads whatever is readable and skips the rest, which the schema's
 * problems name; without a record of nodes there is nothing to point at, so nothing is reported.
 */
export function treeReferenceProblems(tree: unknown, problems = new ProblemList(), at = ['componentTree']): Problem[] {
  if (!isRecord(tree) || !isRecord(tree.nodes)) return problems.problems;
  const nodes = tree.nodes;
  const exists = (id: unknown): id is string => typeof id === 'string' && Object.hasOwn(nodes, id);
  const listed = (ids: unknown, place: (string | number)[]) => {
    if (!Array.isArray(ids)) return;
    for (const [i, id] of ids.entries()) {
      if (problems.full) return;
      if (typeof id === 'string' && !exists(id)) problems.add(pointer(...at, ...place, i), `No node with id "${id}".`);
    }
  };
  listed(tree.rootIds, ['rootIds']);
  for (const [key, node] of Object.entries(nodes)) {
    if (problems.full) break;
    if (!isRecord(node)) continue;
    listed(node.children, ['nodes', key, 'children']);
    if (typeof node.parentId === 'string' && !exists(node.parentId)) {
      problems.add(pointer(...at, 'nodes', key, 'parentId'), `The parent "${node.parentId}" does not exist.`);
    }
  }
  return problems.problems;
}
