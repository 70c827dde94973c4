import { createRoot } from 'react-dom/client';
import { DomainHost } from './federation/DomainHost.js';
import { fetchRegistry } from './federation/fetchRegistry.js';
import { mfRuntime } from './federation/mfRuntime.js';
import { App } from './shell/App.js';
import { createHostStore } from './store/createHostStore.js';

const host = new DomainHost({
  host: createHostStore({
    onDomainError: (key, error, action) =>
      console.error(`The ${key} editor failed on ${action.type}; its state is kept as it was.`, error),
  }),
  runtime: mfRuntime(),
  fetchRegistry: () => fetchRegistry(),
  baseUrl: window.location.href,
});

createRoot(document.getElementById('root') as HTMLElement).render(<App host={host} />);
void host.start();
