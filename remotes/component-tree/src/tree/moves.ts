import { nodeOf } from '@psb/contracts';
import { type ComponentTreeState, moveProblem, type Place } from '../slice.js';

export type Move = 'up' | 'down' | 'indent' | 'outdent';

/** Where a keyboard move takes node `id`, or why it cannot go: the message a person sees. */
export function moveTarget(state: ComponentTreeState, id: string, move: Move): { to: Place } | { problem: string } {
  const node = nodeOf(state.nodes, id);
  if (!node) return { problem: 'Select a component first.' };
  const siblings = node.parentId === null ? state.rootIds : (nodeOf(state.nodes, node.parentId)?.children ?? []);
  const index = siblings.indexOf(id);
  let to: Place;
  switch (move) {
    case 'up':
      if (index === 0) return { problem: 'It is already the first in its place.' };
      to = { parentId: node.parentId, index: index - 1 };
      break;
    case 'down':
      if (index === siblings.length - 1) return { problem: 'It is already the last in its place.' };
      to = { parentId: node.parentId, index: index + 1 };
      break;
    case 'indent': {
      const previous = index > 0 ? nodeOf(state.nodes, siblings[index - 1] as string) : undefined;
      if (!previous) return { problem: 'There is no component above it to move into.' };
      to = { parentId: previous.id, index: previous.children.length };
      break;
    }
    case 'outdent': {
      if (node.parentId === null) return { problem: 'It is already at the top level.' };
      const parent = nodeOf(state.nodes, node.parentId);
      const parentSiblings = parent?.parentId == null ? state.rootIds : (nodeOf(state.nodes, parent.parentId)?.children ?? []);
      to = { parentId: parent?.parentId ?? null, index: parentSiblings.indexOf(node.parentId) + 1 };
      break;
    }
  }
  const problem = moveProblem(state, id, to);
  return problem ? { problem } : { to };
}

/**
 * Where dropping node `draggedId` on row `targetId` puts it: before, inside or after the target.
 * Indexes count the siblings without the dragged node, as `moveProblem` and `nodeMoved` do.
 */
export function dropTarget(
  state: ComponentTreeState,
  draggedId: string,
  targetId: string,
  where: 'before' | 'inside' | 'after',
): Place | undefined {
  const target = nodeOf(state.nodes, targetId);
  if (!target || draggedId === targetId) return undefined;
  if (where === 'inside') return { parentId: targetId, index: target.children.filter((c) => c !== draggedId).length };
  const siblings = (target.parentId === null ? state.rootIds : (nodeOf(state.nodes, target.parentId)?.children ?? [])).filter(
    (s) => s !== draggedId,
  );
  const index = siblings.indexOf(targetId);
  return { parentId: target.parentId, index: where === 'before' ? index : index + 1 };
}
