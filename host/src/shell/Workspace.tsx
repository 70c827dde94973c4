import { type CSSProperties, lazy, type ReactNode, Suspense } from 'react';
import { useHostSelector } from '../store/hooks.js';
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

/** The domain whose editor is the page's structure: the left sidebar's. Every other editor goes in the dock. */
const STRUCTURE_KEY = 'componentTree';

/**
 * The page builder's workspace, under the top bar: the structure on the left, the canvas in the middle with the
 * other editors docked under it, the inspector on the right. Each region scrolls on its own; the page does not.
 */
export function Workspace() {
  const host = useDomainHost();
  const registry = useHostSelector((state) => state.remotes.registry);
  const keys = useHostSelector((state) => state.remotes.keys);
  const { layout, resize, setCollapsed, showTab } = useLayout();
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
    >
      {/* A page without a structure domain (a remote alone on its standalone page) has no left sidebar. */}
      {structure.length > 0 && (
        <>
          <Sidebar side="left" collapsed={layout.leftCollapsed} onCollapsedChange={(c) => setCollapsed('left', c)}>
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
              <Preview />
            </Suspense>
          )}
        </div>
        {docked.length > 0 && (
          <>
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
          </>
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
        <InspectorPanel keys={keys} />
      </Sidebar>
    </main>
  );
}

function Sidebar(props: {
  side: 'left' | 'right';
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  children: ReactNode;
}) {
  const id = `workspace-${props.side}`;
  return (
    <div className={`workspace-sidebar ${props.side}`}>
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
