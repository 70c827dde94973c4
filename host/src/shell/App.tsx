import { Provider } from 'react-redux';
import type { DomainHost } from '../federation/DomainHost.js';
import { DomainHostContext, useDomainHost } from './DomainHostContext.js';
import { DomainPanel } from './DomainPanel.js';
import { useHostSelector } from './hooks.js';
import './shell.css';

export function App({ host }: { host: DomainHost }) {
  return (
    <DomainHostContext.Provider value={host}>
      <Provider store={host.store}>
        <Shell />
      </Provider>
    </DomainHostContext.Provider>
  );
}

function Shell() {
  const host = useDomainHost();
  const registry = useHostSelector((state) => state.remotes.registry);
  const keys = useHostSelector((state) => state.remotes.keys);
  return (
    <div className="shell">
      <header className="topbar">
        <h1>Page Scaffold Builder</h1>
      </header>
      <main className="panels">
        {registry.status === 'loading' && <p className="panel-loading">Loading the editors…</p>}
        {registry.status === 'failed' && (
          <div className="unavailable" role="alert">
            <p>{registry.reason}</p>
            <button type="button" onClick={() => host.start()}>
              Retry
            </button>
          </div>
        )}
        {keys.map((key) => (
          <DomainPanel key={key} domainKey={key} />
        ))}
      </main>
    </div>
  );
}
