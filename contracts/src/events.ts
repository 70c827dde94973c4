import { createAction } from '@reduxjs/toolkit';

/**
 * Cross-domain events: actions any domain may dispatch or handle, defined here so no domain imports another.
 * Components were removed from the tree (with their subtrees): what pointed at them goes with them.
 */
export const nodesRemoved = createAction<{ ids: string[] }>('contracts/nodesRemoved');
