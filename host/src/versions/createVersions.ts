import type { DraftStore } from '../document/ProjectSession.js';
import { Revisions, type RevisionsOptions } from './Revisions.js';
import { Trash } from './Trash.js';
import type { Versions } from './VersionsContext.js';
import { VersionsView } from './VersionsView.js';

/** The open project's versions and the trash, over the session's API, for the editor's page. */
export function createVersions(options: RevisionsOptions & { drafts?: DraftStore }): Versions {
  const { api, session, drafts } = options;
  return {
    revisions: new Revisions(options),
    trash: new Trash({ api, session, ...(drafts ? { drafts } : {}) }),
    view: new VersionsView(),
  };
}
