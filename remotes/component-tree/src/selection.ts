import { nodeOf } from '@psb/contracts';
import { type ComponentTreeState, componentTreeSlice } from './slice.js';

export type TreeRootState = { componentTree: ComponentTreeState };

export const selectTree = (state: TreeRootState) => componentTreeSlice.selectSlice(state);

/** The selected node's id, while that node exists: the editor and the inspector both follow it. */
export const selectSelectedId = (state: TreeRootState) => {
  const { selectedId, nodes } = selectTree(state);
  return selectedId && nodeOf(nodes, selectedId) ? selectedId : null;
};
