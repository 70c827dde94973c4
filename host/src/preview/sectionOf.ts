import { useMemo } from 'react';
import type { TreeNodes } from './treeNodes.js';

/** The index among `rootIds` of the top-level component holding node `id`, by its parents: none when it has none. */
export function sectionOf(nodes: Pick<TreeNodes, 'get'>, rootIds: readonly string[], id: string | undefined): number | undefined {
  let at = id === undefined ? undefined : nodes.get(id);
  // A cycle cannot pass the checks, but a bound keeps a damaged tree from hanging the canvas.
  for (let depth = 0; at && at.parentId !== null && depth < 10_000; depth++) at = nodes.get(at.parentId);
  const index = at ? rootIds.indexOf(at.id) : -1;
  return index >= 0 ? index : undefined;
}

export function useSectionOf(nodes: TreeNodes, rootIds: readonly string[], id: string | undefined): number | undefined {
  return useMemo(() => sectionOf(nodes, rootIds, id), [nodes, rootIds, id]);
}
