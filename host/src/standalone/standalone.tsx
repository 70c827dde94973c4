// Hosts one domain alone, with the host's real loader, checks and store, so that a remote's team can work
// without the rest. The build aliases @psb/standalone-domain to the remote's src/domain.tsx.

import { CONTRACT_VERSION } from '@psb/contracts';
import domain from '@psb/standalone-domain';
import { createRoot } from 'react-dom/client';
import { DomainHost } from '../federation/DomainHost.js';
import { App } from '../shell/App.js';
import { createHostStore } from '../store/createHostStore.js';

const host = new DomainHost({
  host: createHostStore({ onDomainError: (key, error) => console.error(`The ${key} reducer threw`, error) }),
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

createRoot(document.getElementById('root') as HTMLElement).render(<App host={host} />);
void host.start();
