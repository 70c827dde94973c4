import { type ComponentTree, type NodeTable, nodeOf, nodeSelected, nodesRemoved } from '@psb/contracts';
import { useCallback } from 'react';
import { useStore } from 'react-redux';
import type { ProjectSession } from '../document/ProjectSession.js';
import { useSession } from '../document/SessionContext.js';
import type { HostState } from '../store/createHostStore.js';
import { useHostSelector } from '../store/hooks.js';

/**
 * The component selected in the ready tree domain (its `selectUi`), read through the session as Save assembles it.
 * The document's own `ui` (as last opened or saved) is left out: it would still name a node the tree has since
 * deselected. With no ready tree domain, nothing is selected, so the canvas can neither select nor delete.
 */
export function selectedNodeIdOf(session: ProjectSession, state: HostState): string | undefined {
  const domainsOnly = { ...state, document: { ...state.document, ui: {} } };
  return session.assemble(domainsOnly).ui?.selectedNodeId;
}

/** The node and everything below it, without recursion: what deleting it removes. */
export function subtreeIds(nodes: NodeTable, id: string): string[] {
  const ids: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    const node = nodeOf(nodes, at);
    if (!node) continue;
    ids.push(at);
    stack.push(...node.children);
  }
  return ids;
}

/** The selected id, and the canvas's commands on the selection, through the contract's events only. */
export function useCanvasSelection() {
  const session = useSession();
  const store = useStore<HostState>();
  const selectedId = useHostSelector((state) => selectedNodeIdOf(session, state));
  const select = useCallback((id: string | null) => store.dispatch(nodeSelected({ id })), [store]);
  const tree = useCallback(
    () => session.section(store.getState(), 'componentTree') as ComponentTree | undefined,
    [session, store],
  );
  /** Escape: the parent of the selection, or nothing once at the top. */
  const selectParent = useCallback(() => {
    const id = selectedNodeIdOf(session, store.getState());
    const nodes = tree()?.nodes;
    if (id) select((nodes && nodeOf(nodes, id)?.parentId) ?? null);
  }, [session, store, select, tree]);
  /** Delete: the selection with its subtree, as the tree's own delete does, so the host's undo names it. */
  const removeSelected = useCallback(() => {
    const id = selectedNodeIdOf(session, store.getState());
    const ids = id ? subtreeIds(tree()?.nodes ?? {}, id) : [];
    if (ids.length > 0) store.dispatch(nodesRemoved({ ids }));
  }, [session, store, tree]);
  return { selectedId, select, selectParent, removeSelected };
}
