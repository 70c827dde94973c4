import { type KeyboardEvent, useId } from 'react';
import { useHostSelector } from '../store/hooks.js';
import { DomainPanel } from './DomainPanel.js';
import { CollapseButton } from './layout/CollapseButton.js';

interface Props {
  keys: string[];
  /** The shown editor's key; the first when unset or gone. */
  shown: string | undefined;
  collapsed: boolean;
  onShow: (key: string) => void;
  onCollapsedChange: (collapsed: boolean) => void;
}

/**
 * The editors that are not about the page's structure (variables, entity models, action flows), one click away under
 * the canvas: a tab each. Hidden editors stay mounted, so what is being typed in one survives a look at another.
 */
export function Dock({ keys, shown, collapsed, onShow, onCollapsedChange }: Props) {
  const id = useId();
  const byKey = useHostSelector((state) => state.remotes.byKey);
  const active = shown && keys.includes(shown) ? shown : keys[0];
  const tabId = (key: string) => `${id}-tab-${key}`;
  const panelId = (key: string) => `${id}-panel-${key}`;

  // Arrow keys move between the tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: keys.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const key = keys[(to + keys.length) % keys.length];
    if (!key) return;
    onShow(key);
    document.getElementById(tabId(key))?.focus();
  };

  return (
    <div className="workspace-dock" id="workspace-dock">
      <div className="dock-bar">
        <div role="tablist" aria-label="Data and logic" className="dock-tabs">
          {keys.map((key, index) => {
            const remote = byKey[key];
            const unavailable = remote?.status === 'failed' || remote?.status === 'incompatible';
            return (
              <button
                key={key}
                id={tabId(key)}
                type="button"
                role="tab"
                aria-selected={key === active}
                aria-controls={panelId(key)}
                tabIndex={key === active ? 0 : -1}
                className="dock-tab"
                onClick={() => (key === active && !collapsed ? undefined : onShow(key))}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {remote?.title ?? key}
                {unavailable && (
                  <span className="dock-tab-warning">
                    <span aria-hidden="true"> ⚠</span>
                    <span className="visually-hidden"> (unavailable)</span>
                  </span>
                )}
              </button>
            );
          })}
        </div>
        <CollapseButton region="dock" controls={`${id}-panels`} collapsed={collapsed} onCollapsedChange={onCollapsedChange} />
      </div>
      <div className="dock-panels" id={`${id}-panels`} hidden={collapsed}>
        {keys.map((key) => (
          <div
            key={key}
            id={panelId(key)}
            role="tabpanel"
            aria-labelledby={tabId(key)}
            className="dock-panel"
            hidden={key !== active}
          >
            <DomainPanel domainKey={key} />
          </div>
        ))}
      </div>
    </div>
  );
}
