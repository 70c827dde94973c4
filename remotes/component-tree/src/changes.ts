import {
  type ComponentNode,
  type ComponentTree,
  forEachNodeChanged,
  jsonEqual,
  nodeOf,
  nodesInPageOrder,
  summarizeChanges,
} from '@psb/contracts';
import { treeLabel } from './names.js';

/**
 * What differs between two saved versions of the tree, in words for the version history: components added and
 * removed as counts ("+3 components"), the ones renamed, changed or moved by their label in the tree
 * ("Text “Welcome” changed", "Button moved"). Nodes are matched by id; a bucket of nodes or a node that is the same
 * object in both is not looked into, so comparing a document with its own edit reads only what the edit touched.
 */
export function describeChanges(before: ComponentTree, after: ComponentTree): string[] {
  if (before === after) return [];
  const changed = new Map<string, string[]>();
  let added = 0;
  forEachNodeChanged(after.nodes, before.nodes, (now, id) => {
    const was = nodeOf(before.nodes, id);
    if (!was) {
      added++;
      return;
    }
    const said = was === now ? [] : nodeChanges(was, now);
    if (was.children !== now.children) said.push(...reordered(before, after, was.children, now.children, id));
    if (said.length > 0) changed.set(id, said);
  });
  // Named in the page's order, not the buckets' (a hash of the ids): the first five shown are the first on the page.
  const phrases =
    changed.size < 2 ? [...changed.values()].flat() : nodesInPageOrder(after).flatMap((node) => changed.get(node.id) ?? []);
  if (before.rootIds !== after.rootIds) phrases.push(...reordered(before, after, before.rootIds, after.rootIds, null));
  let removed = 0;
  forEachNodeChanged(before.nodes, after.nodes, (_was, id) => {
    if (!nodeOf(after.nodes, id)) removed++;
  });
  const counts = [added > 0 ? `+${components(added)}` : '', removed > 0 ? `−${components(removed)}` : ''];
  return summarizeChanges([...counts.filter(Boolean), ...phrases]);
}

const components = (n: number) => `${n} ${n === 1 ? 'component' : 'components'}`;

/** A node in both versions: renamed, its props or type changed, or put under another parent. */
function nodeChanges(was: ComponentNode, now: ComponentNode): string[] {
  const renamed = (was.name ?? '') !== (now.name ?? '');
  const changed = was.type !== now.type || (was.props !== now.props && !jsonEqual(was.props, now.props));
  const moved = was.parentId !== now.parentId;
  if (!renamed && !changed && !moved) return [];
  // Labelled only now: most nodes of a big tree are unchanged.
  const label = treeLabel(was);
  const phrases: string[] = [];
  if (renamed) phrases.push(`${label} renamed to ${treeLabel(now)}`);
  if (changed) phrases.push(`${label} changed`);
  if (moved) phrases.push(`${label} moved`);
  return phrases;
}

/**
 * The children that moved among their siblings under one parent (`null`: the roots). Only children under it in
 * both versions count, so adding or removing a sibling moves nothing; of those, the ones off a longest run kept in
 * order are the fewest moves that give the new order.
 */
function reordered(
  before: ComponentTree,
  after: ComponentTree,
  wasIds: readonly string[],
  nowIds: readonly string[],
  parentId: string | null,
): string[] {
  if (wasIds.length === 0 || nowIds.length === 0) return [];
  const stayed = (id: string) =>
    nodeOf(before.nodes, id)?.parentId === parentId && nodeOf(after.nodes, id)?.parentId === parentId;
  const placeBefore = new Map<string, number>();
  for (const [place, id] of wasIds.entries()) if (stayed(id)) placeBefore.set(id, place);
  const kept = nowIds.filter((id) => placeBefore.has(id));
  const inOrder = longestRunInOrder(kept.map((id) => placeBefore.get(id) as number));
  return kept.flatMap((id, i) => (inOrder.has(i) ? [] : [`${treeLabel(nodeOf(before.nodes, id) as ComponentNode)} moved`]));
}

/** The indexes of one longest increasing run in `places` (patience sorting, n log n: a root may hold thousands). */
function longestRunInOrder(places: number[]): Set<number> {
  const all = new Set(places.keys());
  if (places.every((place, i) => i === 0 || (places[i - 1] as number) < place)) return all;
  const tails: number[] = [];
  const previous: number[] = [];
  places.forEach((place, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((places[tails[middle] as number] as number) < place) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  });
  const run = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) run.add(i);
  return run;
}
