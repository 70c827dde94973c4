// The host's folders import one another in one direction only, each from those before it:
// timing, checks, testing → api → store → federation → history → document → drafts → versions → preview → shell →
// bootstrap and standalone.
// The store owns the state every other folder reads (HostState and its slices); it imports no other folder.

import { createRoot } from 'react-dom/client';
import { httpProjectsApi } from './api/projectsApi.js';
import { ProjectSession } from './document/ProjectSession.js';
import { autosave } from './drafts/autosaver.js';
import { autosaveSetting } from './drafts/autosaveSetting.js';
import { idbDraftStore } from './drafts/draftStore.js';
import { keepDrafts } from './drafts/draftWriter.js';
import { DomainHost } from './federation/DomainHost.js';
import { fetchRegistry } from './federation/fetchRegistry.js';
import { mfRuntime } from './federation/mfRuntime.js';
import { DocumentHistory } from './history/DocumentHistory.js';
import { App } from './shell/App.js';
import { downloadText, toastNotifier, toastUndoable } from './shell/browser.js';
import { reportDomainErrors } from './shell/reportDomainErrors.js';
import { projectIdFromPath } from './shell/routes.js';
import { createHostStore } from './store/createHostStore.js';
import { createVersions } from './versions/createVersions.js';

const hostStore = createHostStore({
  onDomainError: reportDomainErrors(toastNotifier, (key): string => hostStore.store.getState().remotes.byKey[key]?.title ?? key),
});

const host = new DomainHost({
  host: hostStore,
  runtime: mfRuntime(),
  fetchRegistry: () => fetchRegistry(),
  baseUrl: window.location.href,
});

const drafts = idbDraftStore();
const api = httpProjectsApi();
const session = new ProjectSession({
  store: host.store,
  domains: host,
  api,
  notify: toastNotifier,
  download: downloadText,
  drafts,
});
keepDrafts({ store: host.store, session, drafts });
autosave({ store: host.store, session, setting: autosaveSetting });

const history = new DocumentHistory({
  store: host.store,
  observe: hostStore.observe,
  domains: host,
  onRemoved: toastUndoable,
});
const versions = createVersions({
  store: host.store,
  domains: host,
  api,
  session,
  notify: toastNotifier,
  download: downloadText,
  history,
  drafts,
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <App host={host} session={session} history={history} versions={versions} />,
);
void host.start();
const wanted = projectIdFromPath(window.location.pathname);
void (wanted ? session.open(wanted).then((opened) => opened || session.openLatest()) : session.openLatest());
