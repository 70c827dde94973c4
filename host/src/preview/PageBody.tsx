import { propsWithDefaults } from '@psb/contracts';
import type { ReactNode, RefObject } from 'react';
import { PageSections } from './PageSections.js';
import { containerStyle } from './PreviewNode.js';
import { usePreviewTools } from './previewContext.js';
import { useSectionOf } from './sectionOf.js';
import { useTreeNode } from './useTree.js';

interface Props {
  /** The components at this level: the page's top-level ones, then a lone column container's children. */
  ids: readonly string[];
  /** Their parent: null at the top level. */
  parentId?: string | null;
  viewport: RefObject<HTMLElement | null>;
  zoom?: number;
  /** The selected component: the section holding it stays drawn, wherever the canvas is scrolled. */
  selectedId?: string;
  /** Anything that moves the page within the viewport without a scroll (the device's width). */
  layoutKey?: string;
  gap?: number;
}

/**
 * The page, drawn section by section as they scroll into view (`PageSections`). Many pages keep everything inside
 * one column container, or a few nested in one another: their sections are then that container's children, windowed
 * inside its box, so that such a page is not drawn whole.
 */
export function PageBody({ ids, parentId = null, viewport, zoom = 1, selectedId, layoutKey = '', gap }: Props) {
  const { nodes } = usePreviewTools();
  const keepIndex = useSectionOf(nodes, ids, selectedId, parentId);
  const sections = (
    <PageSections
      rootIds={ids}
      viewport={viewport}
      zoom={zoom}
      keepIndex={keepIndex}
      layoutKey={layoutKey}
      gap={gap}
      inContainer={parentId !== null}
    />
  );
  const only = ids.length === 1 ? ids[0] : undefined;
  if (only === undefined) return sections;
  return (
    <LoneComponent id={only} viewport={viewport} zoom={zoom} selectedId={selectedId} layoutKey={layoutKey} otherwise={sections} />
  );
}

/**
 * The only component at its level: a column container's children are the sections, drawn in its box; anything
 * else is the one section (`otherwise`).
 */
function LoneComponent({
  id,
  viewport,
  zoom,
  selectedId,
  layoutKey,
  otherwise,
}: Pick<Props, 'viewport' | 'zoom' | 'selectedId' | 'layoutKey'> & { id: string; otherwise: ReactNode }) {
  const node = useTreeNode(id);
  const props = node?.type === 'Container' ? propsWithDefaults(node.type, node.props) : undefined;
  if (!node || !props || props.direction === 'row') return otherwise;
  const style = containerStyle(props);
  return (
    <div data-node-id={id} className="preview-container page-frame" style={style}>
      <PageBody
        ids={node.children}
        parentId={id}
        viewport={viewport}
        zoom={zoom}
        selectedId={selectedId}
        // What is above the sections moves with the container's padding.
        layoutKey={`${layoutKey}/${style.padding}`}
        gap={Number(style.gap)}
      />
    </div>
  );
}
