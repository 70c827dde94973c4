import { acceptsChild, type ComponentNode, type nodesPasted } from '@psb/contracts';
import { freeze } from '@reduxjs/toolkit';
import type { ComponentTreeState } from '../slice.js';

/**
 * The tree with pasted components in it, the pasted root selected; undefined (no change) when they do not fit the
 * tree as it is now: a place that is gone or full, or an id already taken. The event comes from `pasteEvent` over
 * this state, but is checked again all the same, so that the tree stays valid whatever dispatches it.
 *
 * Built by hand from the state before, as the slice's `withNode` is: through Immer's draft, the copy of the record
 * of nodes would be visited entry by entry to be frozen, a cost that grows with the page. What is new is frozen
 * here, so Immer takes the returned state as it is.
 */
export function withPasted(
  state: ComponentTreeState,
  { nodes: pasted, rootId, place }: ReturnType<typeof nodesPasted>['payload'],
): ComponentTreeState | undefined {
  const root = pasted[rootId];
  const parent = place.parentId === null ? undefined : state.nodes[place.parentId];
  if (!root || (place.parentId !== null && (!parent || !acceptsChild(parent.type, parent.children.length)))) return undefined;
  const siblings = parent ? parent.children : state.rootIds;
  if (place.index < 0 || place.index > siblings.length) return undefined;
  const ids = Object.keys(pasted);
  if (ids.some((id) => Object.hasOwn(state.nodes, id))) return undefined;

  const nodes = { ...state.nodes };
  for (const id of ids) nodes[id] = freeze(pasted[id] as ComponentNode, true);
  nodes[rootId] = freeze({ ...root, parentId: place.parentId });
  const placed = [...siblings];
  placed.splice(place.index, 0, rootId);
  if (parent) nodes[parent.id] = freeze({ ...parent, children: freeze(placed) });
  // Its new parent opens, so that the pasted row is seen.
  const collapsed = { ...state.collapsed };
  if (parent) delete collapsed[parent.id];
  return freeze({
    ...state,
    nodes: freeze(nodes),
    rootIds: parent ? state.rootIds : freeze(placed),
    collapsed: freeze(collapsed),
    selectedId: rootId,
  });
}
