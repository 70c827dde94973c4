import type { EditorSnapshot } from '@psb/contracts';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { PageBody } from './PageBody.js';
import { PreviewToolsContext, VariableScopeContext } from './previewContext.js';
import { RuntimeValues } from './runtimeValues.js';
import { TreeNodes } from './treeNodes.js';
import { variableScope } from './variableScope.js';
import './canvas.css';
import './versionPreview.css';

/** Flows do not run on a version: it is looked at, not tried. */
const NO_FLOWS = () => {};

/**
 * An older version of the page on the canvas, read-only: rendered by the very nodes the canvas renders, from the
 * sections passed in, not from the store, so the open document stays as it is underneath. Nothing on the page takes
 * the focus or a click (`inert`); the canvas still scrolls. `label` says what is shown, `actions` how to leave.
 */
export function VersionPreview({ snapshot, label, actions }: { snapshot: EditorSnapshot; label: string; actions: ReactNode }) {
  const headingId = useId();
  const tree = snapshot.componentTree;
  const nodes = useMemo(() => new TreeNodes(tree.nodes), [tree]);
  const [values] = useState(() => new RuntimeValues());
  const tools = useMemo(() => ({ nodes, values, emit: NO_FLOWS }), [nodes, values]);
  const scope = useMemo(() => variableScope(snapshot.variables, values.overrides), [snapshot.variables, values]);
  const viewport = useRef<HTMLElement>(null);

  return (
    <section className="panel preview-panel version-preview" aria-labelledby={headingId}>
      <div className="version-banner">
        <h2 id={headingId}>{label}</h2>
        <div className="version-banner-actions">{actions}</div>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it takes the focus so that the keyboard scrolls the page */}
      <section ref={viewport} className="canvas-viewport version-viewport" aria-label="The page of this version" tabIndex={0}>
        <div className="canvas-stage">
          <div className="preview-page" inert>
            {tree.rootIds.length === 0 && <p className="preview-muted">Nothing on the page in this version.</p>}
            <PreviewToolsContext value={tools}>
              <VariableScopeContext value={scope}>
                <PageBody ids={tree.rootIds} viewport={viewport} />
              </VariableScopeContext>
            </PreviewToolsContext>
          </div>
        </div>
      </section>
    </section>
  );
}
