// Hosts one domain alone, with the host's real loader, checks, store and project lifecycle, so that a
// remote's team can work without the rest. Projects are kept in memory; Export and Import work as in the editor.
// The build aliases @psb/standalone-domain to the remote's src/domain.tsx.

import { CONTRACT_VERSION } from '@psb/contracts';
import domain from '@psb/standalone-domain';
import { createRoot } from 'react-dom/client';
import { memoryProjectsApi } from '../api/memoryProjectsApi.js';
import { ProjectSession } from '../document/ProjectSession.js';
import { DomainHost } from '../federation/DomainHost.js';
import { DocumentHistory } from '../history/DocumentHistory.js';
import { App } from '../shell/App.js';
import { downloadText, toastNotifier, toastUndoable } from '../shell/browser.js';
import { createHostStore } from '../store/createHostStore.js';
import { createVersions } from '../versions/createVersions.js';

const hostStore = createHostStore({ onDomainError: (key, error) => console.error(`The ${key} reducer threw`, error) });
const host = new DomainHost({
  host: hostStore,
  runtime: { registerRemotes: () => {}, loadRemote: async <T,>() => ({ default: domain }) as T },
  fetchRegistry: async () => [
    {
      key: domain.key,
      name: 'standalone',
      entry: 'standalone/mf-manifest.json',
      contract: `^${CONTRACT_VERSION.split('.')[0]}`,
      title: domain.title,
    },
  ],
});

const api = memoryProjectsApi();
const options = { store: host.store, domains: host, api, notify: toastNotifier, download: downloadText };
const session = new ProjectSession(options);
const history = new DocumentHistory({ store: host.store, observe: hostStore.observe, domains: host, onRemoved: toastUndoable });

createRoot(document.getElementById('root') as HTMLElement).render(
  <App host={host} session={session} history={history} versions={createVersions({ ...options, session, history })} />,
);
void host.start().then(() => session.openLatest());
