import { lazy, Suspense, useState } from 'react';
import { Provider } from 'react-redux';
import type { ProjectSession } from '../document/ProjectSession.js';
import type { DomainHost } from '../federation/DomainHost.js';

// Not needed for the first paint: fetched right after it, in chunks of their own.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));
const Preview = lazy(() => import('../preview/Preview.js').then((m) => ({ default: m.Preview })));

import { SessionContext, useSession } from '../document/SessionContext.js';
import type { DocumentHistory } from '../history/DocumentHistory.js';
import { HistoryContext, useHistory } from '../history/HistoryContext.js';
import { useHostSelector } from '../store/hooks.js';
import { DocumentDialogs, KeptChangesOffer } from './DocumentDialogs.js';
import { DomainHostContext, useDomainHost } from './DomainHostContext.js';
import { DomainPanel } from './DomainPanel.js';
import { TopBar } from './TopBar.js';
import { useHistoryKeys } from './useHistoryKeys.js';
import { useDocumentEffects } from './useDocumentEffects.js';
import './shell.css';

export function App({ host, session, history }: { host: DomainHost; session: ProjectSession; history: DocumentHistory }) {
  return (
    <SessionContext.Provider value={session}>
      <HistoryContext.Provider value={history}>
        <DomainHostContext.Provider value={host}>
          <Provider store={host.store}>
            <Shell />
            <Suspense fallback={null}>
              <Toaster position="bottom-right" richColors closeButton />
            </Suspense>
          </Provider>
        </DomainHostContext.Provider>
      </HistoryContext.Provider>
    </SessionContext.Provider>
  );
}

function Shell() {
  const host = useDomainHost();
  const session = useSession();
  const registry = useHostSelector((state) => state.remotes.registry);
  const keys = useHostSelector((state) => state.remotes.keys);
  const [dropping, setDropping] = useState(false);
  useDocumentEffects(session);
  useHistoryKeys(useHistory());
  const importFile = async (file: File) => session.importText(await file.text());

  return (
    // Dropping an exported file anywhere on the editor imports it.
    // biome-ignore lint/a11y/noStaticElementInteractions: the Import button is the accessible way; dropping is a shortcut
    <div
      className={`shell${dropping ? ' dropping' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        setDropping(false);
        if (!file) return;
        event.preventDefault();
        void importFile(file);
      }}
    >
      <TopBar onImportFile={(file) => void importFile(file)} />
      <KeptChangesOffer />
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
        {registry.status === 'ready' && (
          <Suspense fallback={<section className="panel preview-panel" aria-label="Preview loading" />}>
            <Preview />
          </Suspense>
        )}
      </main>
      <DocumentDialogs />
    </div>
  );
}
