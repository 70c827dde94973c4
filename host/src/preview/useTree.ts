import type { ComponentTreeSection } from '@psb/contracts';
import type { ProjectSession } from '../document/ProjectSession.js';
import { useHostSelector } from '../shell/hooks.js';
import { useSession } from '../shell/SessionContext.js';
import type { HostState } from '../store/createHostStore.js';

const NO_ROOTS: readonly string[] = [];

/** The component tree as Save would store it now. */
function treeOf(session: ProjectSession, state: HostState): ComponentTreeSection | undefined {
  return session.section(state, 'componentTree') as ComponentTreeSection | undefined;
}

/** The ids at the top of the page. */
export function useRootIds(): readonly string[] {
  const session = useSession();
  return useHostSelector((state) => treeOf(session, state)?.rootIds) ?? NO_ROOTS;
}

/**
 * One node, by id. An edit gives new objects only to the nodes it changes (the store shares the rest), so a
 * component using this re-renders only when its own node changes, not on every edit of the tree.
 */
export function useTreeNode(id: string) {
  const session = useSession();
  return useHostSelector((state) => treeOf(session, state)?.nodes[id]);
}
