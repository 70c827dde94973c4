import {
  acceptsChild,
  type ComponentNode,
  type DraftNodeTable,
  hasNode,
  nodeOf,
  type nodesPasted,
  putNode,
} from '@psb/contracts';
import type { Draft } from '@reduxjs/toolkit';
import type { ComponentTreeState } from '../slice.js';

/**
 * Puts pasted components into the tree being drafted, the pasted root selected; changes nothing when they do not
 * fit the tree as it is now: a place that is gone or full, or an id already taken. The event comes from
 * `pasteEvent` over this state, but is checked again all the same, so that the tree stays valid whatever
 * dispatches it.
 */
export function pasteInto(
  state: Draft<ComponentTreeState>,
  { nodes: pasted, rootId, place }: ReturnType<typeof nodesPasted>['payload'],
): void {
  const root = pasted[rootId];
  const parent = place.parentId === null ? undefined : nodeOf(state.nodes, place.parentId);
  if (!root || (place.parentId !== null && (!parent || !acceptsChild(parent.type, parent.children.length)))) return;
  const siblings = parent ? parent.children : state.rootIds;
  if (place.index < 0 || place.index > siblings.length) return;
  const ids = Object.keys(pasted);
  if (ids.some((id) => hasNode(state.nodes, id))) return;

  for (const id of ids)
    putNode(state.nodes as DraftNodeTable, id === rootId ? { ...root, parentId: place.parentId } : (pasted[id] as ComponentNode));
  siblings.splice(place.index, 0, rootId);
  // Its new parent opens, so that the pasted row is seen.
  if (parent) delete state.collapsed[parent.id];
  state.selectedId = rootId;
}
