import { lazy, Suspense, useState } from 'react';
import { Provider } from 'react-redux';
import type { ProjectSession } from '../document/ProjectSession.js';
import type { DomainHost } from '../federation/DomainHost.js';

// Not needed for the first paint: fetched right after it, in chunks of their own.
const Toaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

import { SessionContext, useSession } from '../document/SessionContext.js';
import type { DocumentHistory } from '../history/DocumentHistory.js';
import { HistoryContext, useHistory } from '../history/HistoryContext.js';
import { type Versions, VersionsContext } from '../versions/VersionsContext.js';
import { DocumentDialogs, KeptChangesOffer } from './DocumentDialogs.js';
import { DomainHostContext } from './DomainHostContext.js';
import { TopBar } from './TopBar.js';
import { useDocumentEffects } from './useDocumentEffects.js';
import { useHistoryKeys } from './useHistoryKeys.js';
import { Workspace } from './Workspace.js';
import './shell.css';

export function App(props: { host: DomainHost; session: ProjectSession; history: DocumentHistory; versions: Versions }) {
  return (
    <SessionContext.Provider value={props.session}>
      <HistoryContext.Provider value={props.history}>
        <VersionsContext.Provider value={props.versions}>
          <DomainHostContext.Provider value={props.host}>
            <Provider store={props.host.store}>
              <Shell />
              <Suspense fallback={null}>
                <Toaster position="bottom-right" theme="system" richColors closeButton />
              </Suspense>
            </Provider>
          </DomainHostContext.Provider>
        </VersionsContext.Provider>
      </HistoryContext.Provider>
    </SessionContext.Provider>
  );
}

function Shell() {
  const session = useSession();
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
      <Workspace />
      <DocumentDialogs />
    </div>
  );
}
