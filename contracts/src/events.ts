import { createAction } from '@reduxjs/toolkit';
import type { Binding } from './sections/actionFlows/section.js';
import type { ComponentNode } from './sections/componentTree/section.js';

/**
 * Cross-domain events: actions any domain may dispatch or handle, defined here so no domain imports another.
 * Components were removed from the tree (with their subtrees): what pointed at them goes with them.
 * `reason: 'cut'` says they went to the clipboard rather than away, which the undo history names so.
 */
export const nodesRemoved = createAction<{ ids: string[]; reason?: 'cut' }>('contracts/nodesRemoved');

/**
 * Components were pasted into the tree: `nodes` (a subtree, every id new to the project) goes at `place` under
 * its root `rootId`, and `bindings` (new ids too, pointing at those nodes) join the action flows. A binding may
 * name a flow the project does not have: it is kept, for the person to see and fix, not dropped.
 */
export const nodesPasted = createAction<{
  nodes: Record<string, ComponentNode>;
  rootId: string;
  place: { parentId: string | null; index: number };
  bindings: Binding[];
}>('contracts/nodesPasted');

/**
 * Someone outside the tree (the host's canvas) selected a component, or nothing (`null`). The component tree
 * selects it and shows its row; selecting is not a step of the undo history. A tree built before this event
 * ignores it.
 */
export const nodeSelected = createAction<{ id: string | null }>('contracts/nodeSelected');
