import type { VariablesSection } from '@psb/contracts';
import { emptySections } from '@psb/contracts';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useSession } from '../document/SessionContext.js';
import { useHostSelector } from '../store/hooks.js';
import { CanvasOutlines } from './CanvasOutlines.js';
import { type CanvasMode, CanvasToolbar, DEVICES } from './CanvasToolbar.js';
import { useCanvasSelection } from './canvasSelection.js';
import { useCanvasView, zoomStep } from './canvasView.js';
import { PageBody } from './PageBody.js';
import { PreviewToolsContext, VariableScopeContext } from './previewContext.js';
import { RuntimeValues } from './runtimeValues.js';
import { SameOriginToggle } from './SameOriginToggle.js';
import { scrollIntoCanvas } from './scrollIntoCanvas.js';
import { useEmit } from './useEmit.js';
import { useRootIds, useTreeNodes } from './useTree.js';
import { variableScope } from './variableScope.js';
import './canvas.css';

const EMPTY = emptySections();
/** Frames over which a selection far away is brought into view while the sections around it are measured. */
const SETTLING_FRAMES = 10;

/**
 * The canvas: the page as it will be, rendered from the very sections Save stores (what is previewed is what is
 * saved). In Edit mode a click selects the component under it, as in the tree; in Preview mode buttons and inputs
 * run their bound flows through the flow runtime the action-flows domain offers.
 * Each node subscribes to its own node, so an edit re-renders only the nodes it changed; the outlines are laid
 * over the page, so hovering and selecting re-render none of them.
 */
export function Preview() {
  const session = useSession();
  const headingId = useId();
  const hintId = useId();
  const rootIds = useRootIds();
  const variables = useHostSelector((s) => session.section(s, 'variables') as VariablesSection | undefined) ?? EMPTY.variables;
  const documentId = useHostSelector((s) => s.document.id);
  const [values] = useState(() => new RuntimeValues());
  const overrides = useSyncExternalStore(values.subscribe, () => values.overrides);
  const [visited, setVisited] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const emit = useEmit(values, { onNavigate: setVisited, onFailure: setFailure });
  const nodes = useTreeNodes();
  const tools = useMemo(() => ({ nodes, values, emit }), [nodes, values, emit]);
  const scope = useMemo(() => variableScope(variables, overrides), [variables, overrides]);
  const [mode, setMode] = useState<CanvasMode>('edit');
  const { view, setDevice, setZoom } = useCanvasView();
  const { device, zoom } = view;
  const zoomBy = (step: 1 | -1 | 0) => setZoom(step === 0 ? 1 : zoomStep(zoom, step));
  const { selectedId, select, selectParent, removeSelected } = useCanvasSelection();
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const page = useRef<HTMLDivElement>(null);
  const editing = mode === 'edit';

  // A newly opened project starts from its own values.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the open project changes
  useEffect(() => {
    values.reset();
    setVisited(undefined);
    setFailure(undefined);
  }, [documentId]);

  // Selected elsewhere (the tree): shown on the canvas if it is out of view. Its section is always drawn, but at a
  // guessed place until the sections around it are drawn and measured: brought into view again for a few frames,
  // as they settle (nothing moves once it is in view).
  useEffect(() => {
    const element = viewport.current;
    if (!editing || !selectedId || !element) return;
    let frames = SETTLING_FRAMES;
    let frame = 0;
    const reveal = () => {
      scrollIntoCanvas(element, selectedId);
      if (--frames > 0) frame = requestAnimationFrame(reveal);
    };
    reveal();
    return () => cancelAnimationFrame(frame);
  }, [editing, selectedId]);

  // In Edit mode the page's own controls neither take the focus nor act: the click selects instead.
  const editHandlers = editing
    ? {
        onMouseDownCapture: (event: React.MouseEvent) => {
          event.preventDefault();
          viewport.current?.focus({ preventScroll: true });
        },
        onClickCapture: (event: React.MouseEvent) => {
          event.preventDefault();
          event.stopPropagation();
          const target = (event.target as Element).closest<HTMLElement>('[data-node-id]');
          select(target?.dataset.nodeId ?? null);
        },
      }
    : {};
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!editing || event.target !== event.currentTarget) return;
    if (event.key === 'Escape') selectParent();
    else if (event.key === 'Delete' || event.key === 'Backspace') removeSelected();
    else if (event.key === '+' || event.key === '=') zoomBy(1);
    else if (event.key === '-') zoomBy(-1);
    else if (event.key === '0') zoomBy(0);
    else return;
    event.preventDefault();
  };
  const width = DEVICES.find((d) => d.key === device)?.width;

  return (
    <section className="panel preview-panel" aria-labelledby={headingId}>
      <div className="preview-header">
        <h2 id={headingId}>Preview</h2>
        <CanvasToolbar
          mode={mode}
          onMode={setMode}
          device={device}
          onDevice={setDevice}
          zoom={zoom}
          onZoom={zoomBy}
          onResetValues={() => values.reset()}
        />
      </div>
      <div className="canvas-hint-row">
        <p id={hintId} className="canvas-hint">
          {editing
            ? 'Click a component to select it · Esc selects its parent · Delete removes it'
            : 'Buttons and inputs run their flows, as a visitor’s would'}
        </p>
        {!editing && <SameOriginToggle projectId={documentId} />}
      </div>
      {failure && (
        <p className="preview-failure" role="alert">
          {failure}
        </p>
      )}
      {visited && <p className="preview-muted">The page would go to {visited}.</p>}
      <div
        ref={viewport}
        className={`canvas-viewport ${mode}`}
        role="application"
        aria-roledescription="canvas"
        aria-label="Canvas"
        aria-describedby={hintId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it takes the focus for its keys (Esc, Delete), as the tree does
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div ref={stage} className="canvas-stage" style={{ width, zoom }}>
          <div ref={page} className="preview-page" data-device={device} {...editHandlers}>
            {rootIds.length === 0 && <p className="preview-muted">Nothing on the page yet.</p>}
            <PreviewToolsContext value={tools}>
              <VariableScopeContext value={scope}>
                <PageBody ids={rootIds} viewport={viewport} zoom={zoom} selectedId={selectedId ?? undefined} layoutKey={device} />
              </VariableScopeContext>
            </PreviewToolsContext>
          </div>
          {editing && <CanvasOutlines stage={stage} page={page} nodes={nodes} selectedId={selectedId} />}
        </div>
      </div>
    </section>
  );
}
