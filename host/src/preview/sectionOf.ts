import { useMemo } from 'react';
import type { TreeNodes } from './treeNodes.js';

/**
 * The index among `sectionIds`, the children of `parentId` (null: the top level), of the one holding node `id`, by
 * its parents: none when it is in none of them.
 */
export function sectionOf(
  nodes: Pick<TreeNodes, 'get'>,
  sectionIds: readonly string[],
  id: string | undefined,
  parentId: string | null = null,
): number | undefined {
  let at = id === undefined ? undefined : nodes.get(id);
  // A cycle cannot pass the checks, but a bound keeps a damaged tree from hanging the canvas.
  for (let depth = 0; at && at.parentId !== parentId && at.parentId !== null && depth < 10_000; depth++)
    at = nodes.get(at.parentId);
  const index = at?.parentId === parentId ? sectionIds.indexOf(at.id) : -1;
  return index >= 0 ? index : undefined;
}

export function useSectionOf(
  nodes: TreeNodes,
  sectionIds: readonly string[],
  id: string | undefined,
  parentId: string | null = null,
): number | undefined {
  return useMemo(() => sectionOf(nodes, sectionIds, id, parentId), [nodes, sectionIds, id, parentId]);
}
