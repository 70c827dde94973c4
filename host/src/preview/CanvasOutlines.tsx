import { type RefObject, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { type Box, useNodeBox } from './nodeBox.js';
import type { TreeNodes } from './treeNodes.js';

interface Props {
  stage: RefObject<HTMLElement | null>;
  page: RefObject<HTMLElement | null>;
  nodes: TreeNodes;
  selectedId: string | undefined;
}

/**
 * The outlines of the hovered and the selected component, each one element laid over the page at the
 * component's box, with its name as the tree shows it. Hovering or selecting re-renders these alone, never the
 * page's components.
 */
export function CanvasOutlines({ stage, page, nodes, selectedId }: Props) {
  const hoveredId = useHoveredId(page);
  const selectedBox = useNodeBox(stage, page, selectedId);
  const shownHover = hoveredId === selectedId ? undefined : hoveredId;
  const hoveredBox = useNodeBox(stage, page, shownHover);
  return (
    <div className="canvas-outlines" aria-hidden="true">
      {shownHover && hoveredBox && <Outline kind="hovered" id={shownHover} box={hoveredBox} nodes={nodes} />}
      {selectedId && selectedBox && <Outline kind="selected" id={selectedId} box={selectedBox} nodes={nodes} />}
    </div>
  );
}

function Outline({ kind, id, box, nodes }: { kind: 'hovered' | 'selected'; id: string; box: Box; nodes: TreeNodes }) {
  const subscribe = useCallback((listener: () => void) => nodes.subscribe(id, listener), [nodes, id]);
  const node = useSyncExternalStore(subscribe, () => nodes.get(id));
  if (!node) return null;
  return (
    <div className={`canvas-outline ${kind}`} data-outline-of={id} style={box}>
      {/* Inside the box when it starts at the very top, where a label above it would be cut off. */}
      <span className={`canvas-outline-label${box.top < 20 ? ' inside' : ''}`}>{node.name ?? node.type}</span>
    </div>
  );
}

/** The innermost component under the pointer, from one pair of listeners on the page. */
function useHoveredId(page: RefObject<HTMLElement | null>): string | undefined {
  const [hovered, setHovered] = useState<string | undefined>();
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    const over = (event: Event) => {
      const target = (event.target as Element | null)?.closest<HTMLElement>('[data-node-id]');
      setHovered(target && element.contains(target) ? target.dataset.nodeId : undefined);
    };
    const leave = () => setHovered(undefined);
    element.addEventListener('pointerover', over);
    element.addEventListener('pointerleave', leave);
    return () => {
      element.removeEventListener('pointerover', over);
      element.removeEventListener('pointerleave', leave);
    };
  }, [page]);
  return hovered;
}
