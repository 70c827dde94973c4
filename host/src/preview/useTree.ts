import type { ComponentNode, ComponentTree, NodeTable } from '@psb/contracts';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from 'react-redux';
import type { ProjectSession } from '../document/ProjectSession.js';
import { useSession } from '../document/SessionContext.js';
import type { HostState } from '../store/createHostStore.js';
import { useHostSelector } from '../store/hooks.js';
import { usePreviewTools } from './previewContext.js';
import { TreeNodes } from './treeNodes.js';

const NO_ROOTS: readonly string[] = [];
const NO_NODES: NodeTable = {};

/** The component tree as Save would store it now. */
function treeOf(session: ProjectSession, state: HostState): ComponentTree | undefined {
  return session.section(state, 'componentTree') as ComponentTree | undefined;
}

/** The ids at the top of the page. */
export function useRootIds(): readonly string[] {
  const session = useSession();
  return useHostSelector((state) => treeOf(session, state)?.rootIds) ?? NO_ROOTS;
}

/** The tree's nodes for useTreeNode, kept up to date from one subscription to the store. */
export function useTreeNodes(): TreeNodes {
  const session = useSession();
  const store = useStore<HostState>();
  const [nodes] = useState(() => new TreeNodes(treeOf(session, store.getState())?.nodes ?? NO_NODES));
  useEffect(() => {
    const sync = () => nodes.update(treeOf(session, store.getState())?.nodes ?? NO_NODES);
    // Also catches up with edits made between the first render and now.
    sync();
    return store.subscribe(sync);
  }, [nodes, session, store]);
  return nodes;
}

/**
 * One node, by id. An edit gives new objects only to the nodes it changes (the store shares the rest), so a
 * component using this re-renders only when its own node changes, not on every edit of the tree.
 */
export function useTreeNode(id: string): ComponentNode | undefined {
  const { nodes } = usePreviewTools();
  const subscribe = useCallback((listener: () => void) => nodes.subscribe(id, listener), [nodes, id]);
  return useSyncExternalStore(subscribe, () => nodes.get(id));
}
