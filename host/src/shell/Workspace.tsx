import { type CSSProperties, lazy, type ReactNode, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useHostSelector } from '../store/hooks.js';
import { useVersions } from '../versions/VersionsContext.js';
import { Dock } from './Dock.js';
import { useDomainHost } from './DomainHostContext.js';
import { DomainPanel } from './DomainPanel.js';
import { InspectorPanel } from './InspectorPanel.js';
import { CollapseButton } from './layout/CollapseButton.js';
import { Separator } from './layout/Separator.js';
import { useLayout } from './layout/useLayout.js';
import './layout/workspace.css';

// Not needed for the first paint: fetched right after it, in a chunk of its own.
const Preview = lazy(() => import('../preview/Preview.js').then((m) => ({ default: m.Preview })));
// Only once the version history is opened.
const VersionsPanel = lazy(() => import('./VersionsPanel.js').then((m) => ({ default: m.VersionsPanel })));
const VersionCanvas = lazy(() => import('./VersionCanvas.js').then((m) => ({ default: m.VersionCanvas })));

/** The domain whose editor is the page's structure: the left sidebar's. Every other editor goes in the dock. */
const STRUCTURE_KEY = 'componentTree';

/**
 * The page builder's workspace, under the top bar: the structure on the left, the canvas in the middle with the
 * other editors docked under it, the inspector on the right. Each region scrolls on its own; the page does not.
 * With the version history open, it takes the inspector's place; while it shows an older version on the canvas,
 * the editors around it, which hold the open document, are set aside (inert) until the canvas shows that again.
 */
export function Workspace() {
  const host = useDomainHost();
  const registry = useHostSelector((state) => state.remotes.registry);
  const keys = useHostSelector((state) => state.remotes.keys);
  const { layout, resize, setCollapsed, showTab } = useLayout();
  const { view } = useVersions();
  const versions = useSyncExternalStore(view.subscribe, view.get);
  const viewing = versions.viewing;
  // The history shows in the right sidebar: opening it opens the sidebar.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the history opens
  useEffect(() => {
    if (versions.open && layout.rightCollapsed) setCollapsed('right', false);
  }, [versions.open]);
  const structure = keys.filter((key) => key === STRUCTURE_KEY);
  const docked = keys.filter((key) => key !== STRUCTURE_KEY);
  const style = { '--left': `${layout.left}px`, '--right': `${layout.right}px`, '--dock': `${layout.dock}px` };

  return (
    <main
      className="workspace"
      style={style as CSSProperties}
      data-left={layout.leftCollapsed ? 'collapsed' : 'open'}
      data-right={layout.rightCollapsed ? 'collapsed' : 'open'}
      data-dock={layout.dockCollapsed ? 'collapsed' : 'open'}
      data-viewing={viewing ? 'version' : undefined}
    >
      {/* A page without a structure domain (a remote alone on its standalone page) has no left sidebar. */}
      {structure.length > 0 && (
        <>
          <Sidebar
            side="left"
            collapsed={layout.leftCollapsed}
            onCollapsedChange={(c) => setCollapsed('left', c)}
            inert={viewing !== undefined}
          >
            {structure.map((key) => (
              <DomainPanel key={key} domainKey={key} />
            ))}
          </Sidebar>
          <Separator
            size="left"
            label="Resize the left sidebar"
            controls="workspace-left"
            value={layout.left}
            collapsed={layout.leftCollapsed}
            onResize={(value) => resize('left', value)}
            onCollapsedChange={(c) => setCollapsed('left', c)}
          />
        </>
      )}
      <div className="workspace-center">
        <div className="workspace-canvas">
          {registry.status === 'loading' && <p className="panel-loading">Loading the editors…</p>}
          {registry.status === 'failed' && (
            <div className="unavailable" role="alert">
              <p>{registry.reason}</p>
              <button type="button" onClick={() => host.start()}>
                Retry
              </button>
            </div>
          )}
          {registry.status === 'ready' && (
            <Suspense fallback={<section className="panel preview-panel" aria-label="Preview loading" />}>
              {viewing ? <VersionCanvas key={viewing.summary.rev} version={viewing} /> : <Preview />}
            </Suspense>
          )}
        </div>
        {docked.length > 0 && (
          <div className="workspace-docked" inert={viewing !== undefined}>
            <Separator
              size="dock"
              label="Resize the dock"
              controls="workspace-dock"
              value={layout.dock}
              collapsed={layout.dockCollapsed}
              onResize={(value) => resize('dock', value)}
              onCollapsedChange={(c) => setCollapsed('dock', c)}
            />
            <Dock
              keys={docked}
              shown={layout.dockTab}
              collapsed={layout.dockCollapsed}
              onShow={showTab}
              onCollapsedChange={(c) => setCollapsed('dock', c)}
            />
          </div>
        )}
      </div>
      <Separator
        size="right"
        label="Resize the right sidebar"
        controls="workspace-right"
        value={layout.right}
        collapsed={layout.rightCollapsed}
        onResize={(value) => resize('right', value)}
        onCollapsedChange={(c) => setCollapsed('right', c)}
      />
      <Sidebar side="right" collapsed={layout.rightCollapsed} onCollapsedChange={(c) => setCollapsed('right', c)}>
        {versions.open ? (
          <Suspense fallback={<p className="panel-loading">Loading…</p>}>
            <VersionsPanel />
          </Suspense>
        ) : (
          <InspectorPanel keys={keys} />
        )}
      </Sidebar>
    </main>
  );
}

function Sidebar(props: {
  side: 'left' | 'right';
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  inert?: boolean;
  children: ReactNode;
}) {
  const id = `workspace-${props.side}`;
  return (
    <div className={`workspace-sidebar ${props.side}`} inert={props.inert}>
      <CollapseButton
        region={`${props.side} sidebar`}
        controls={id}
        collapsed={props.collapsed}
        onCollapsedChange={props.onCollapsedChange}
      />
      <div id={id} className="workspace-sidebar-body" hidden={props.collapsed}>
        {props.children}
      </div>
    </div>
  );
}
