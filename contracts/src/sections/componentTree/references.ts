import { type Problem, pointer } from '../../problem.js';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ids of a component tree that its schema refused and that point at no node: roots, children and parents,
 * in the words `checkComponentTree` uses. Reads whatever is readable and skips the rest, which the schema's
 * problems name; without a record of nodes there is nothing to point at, so nothing is reported.
 */
export function treeReferenceProblems(tree: unknown, at = ['componentTree']): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(tree) || !isRecord(tree.nodes)) return problems;
  const nodes = tree.nodes;
  const exists = (id: unknown): id is string => typeof id === 'string' && Object.hasOwn(nodes, id);
  const listed = (ids: unknown, place: (string | number)[]) => {
    if (!Array.isArray(ids)) return;
    ids.forEach((id, i) => {
      if (typeof id === 'string' && !exists(id)) {
        problems.push({ path: pointer(...at, ...place, i), message: `No node with id "${id}".` });
      }
    });
  };
  listed(tree.rootIds, ['rootIds']);
  for (const [key, node] of Object.entries(nodes)) {
    if (!isRecord(node)) continue;
    listed(node.children, ['nodes', key, 'children']);
    if (typeof node.parentId === 'string' && !exists(node.parentId)) {
      problems.push({ path: pointer(...at, 'nodes', key, 'parentId'), message: `The parent "${node.parentId}" does not exist.` });
    }
  }
  return problems;
}
