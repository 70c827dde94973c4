import { requestEarly } from './api/earlyRequests.js';
import { loadChecks } from './checks/loadChecks.js';
import { projectIdFromPath } from './shell/routes.js';

// What the editor reads first is asked for before its code arrives: the registry, the project in the URL and the
// contract's checkers (which the registry and the project are checked by) load beside the editor's chunks.
requestEarly('/api/remotes');
const wanted = projectIdFromPath(window.location.pathname);
if (wanted !== undefined) requestEarly(`/api/projects/${encodeURIComponent(wanted)}`);
void loadChecks();

// An asynchronous boundary, so the shared singletons are negotiated before any of them is used.
import('./bootstrap.js');
