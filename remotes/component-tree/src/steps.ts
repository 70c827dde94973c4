import { componentSpec, nodeOf, nodesPasted, nodesRemoved, type StepDescription } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import { shownName, withChildren } from './names.js';
import { type ComponentTreeState, componentTreeSlice } from './slice.js';

const { nodeAdded, nodeRenamed, propChanged, propCleared, nodeMoved, nodeDuplicated } = componentTreeSlice.actions;

/** A prop as the inspector labels it, for the middle of a sentence: "content", "alt text". */
function propLabel(type: string, prop: string): string {
  const title = componentSpec(type)?.props.properties[prop]?.title;
  return typeof title === 'string' ? title.toLowerCase() : prop;
}

/**
 * The words for the step an action made to the tree, for the host's undo history: imperative, naming the
 * component as the tree shows it. Undefined for what is not a step (selecting, collapsing, loading).
 */
export function describeStep(
  action: UnknownAction,
  before: ComponentTreeState,
  after: ComponentTreeState,
): StepDescription | undefined {
  if (nodeAdded.match(action)) {
    const node = nodeOf(after.nodes, action.payload.id);
    return node && { label: `Add ${shownName(node)}` };
  }
  if (nodeRenamed.match(action)) {
    const { id } = action.payload;
    const node = nodeOf(before.nodes, id);
    // By its type: its name changes with every key of the burst this step joins, and the last key's label is shown.
    return node && { label: `Rename ${node.type}`, group: `rename:${id}` };
  }
  if (propChanged.match(action) || propCleared.match(action)) {
    const { id, prop } = action.payload;
    const node = nodeOf(after.nodes, id);
    const value = propChanged.match(action) ? action.payload.value : undefined;
    const cleared = value === undefined || value === '';
    // One group for both: a field typed empty and then typed again is one burst.
    return (
      node && {
        label: `${cleared ? 'Clear' : 'Change'} ${propLabel(node.type, prop)} of ${shownName(node)}`,
        group: `prop:${id}:${prop}`,
      }
    );
  }
  if (nodeMoved.match(action)) {
    const node = nodeOf(before.nodes, action.payload.id);
    return node && { label: `Move ${shownName(node)}` };
  }
  if (nodeDuplicated.match(action)) {
    const node = nodeOf(before.nodes, action.payload.id);
    return node && { label: `Duplicate ${shownName(node)}` };
  }
  if (nodesPasted.match(action)) {
    const root = action.payload.nodes[action.payload.rootId];
    return root && { label: `Paste ${shownName(root)}` };
  }
  if (nodesRemoved.match(action)) return describeRemoval(action.payload, before);
  return undefined;
}

/** "Delete Container and 3 children", told with an Undo when it takes more than the row it shows; or "Cut Button". */
function describeRemoval(
  { ids, reason }: { ids: string[]; reason?: 'cut' },
  before: ComponentTreeState,
): StepDescription | undefined {
  const gone = new Set(ids.filter((id) => nodeOf(before.nodes, id)));
  const roots = [...gone].map((id) => nodeOf(before.nodes, id)).filter((node) => node && !gone.has(node.parentId as string));
  const root = roots[0];
  if (!root) return undefined;
  const what = roots.length === 1 ? withChildren(shownName(root), gone.size - 1) : `${gone.size} components`;
  if (reason === 'cut') return { label: `Cut ${roots.length === 1 ? shownName(root) : what}` };
  return gone.size > 1 ? { label: `Delete ${what}`, removed: `Deleted ${what}` } : { label: `Delete ${what}` };
}
