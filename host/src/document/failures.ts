import type { Problem } from '@psb/contracts';
import { ApiRequestError, NetworkError } from '../api/projectsApi.js';

// What can go wrong when a project is opened, saved, imported, deleted or restored: the facts, without words for people
// (tell.ts has those). Kept apart so that the pure pipeline, which a benchmark also runs, needs nothing else.

/**
 * Where a document that cannot be taken came from: the server, a file picked to import, the editor (a save), or
 * the changes kept in this browser (a draft).
 */
export type DocumentSource = 'server' | 'file' | 'editor' | 'kept';

export type DocumentFailure =
  /** A request, or the chunk of the contract's checkers, failed: the server's answer or the network's error. */
  | { kind: 'request'; error: unknown }
  | { kind: 'notJson'; message: string }
  /** A key such as `__proto__` that no snapshot has and that could change how the editor itself behaves. */
  | { kind: 'forbiddenKey'; key: string; path: string }
  | { kind: 'tooNew'; from: DocumentSource; message: string }
  | { kind: 'notUpgradable'; from: DocumentSource; message: string }
  /** `notLoaded`: the editors, not loaded, of sections with problems: kept as they were opened, they followed no edit. */
  | { kind: 'invalid'; from: DocumentSource; problems: Problem[]; notLoaded?: string[] }
  /** A domain's reducer threw on the document's section. */
  | { kind: 'unreadable'; editor: string; error: unknown }
  /** An editor that loaded after the document opened reads an older version of its section than the document's. */
  | { kind: 'sectionTooNew'; editor: string; found: number; supported: number }
  /** An editor that loaded after the document opened could not upgrade or read its section. */
  | { kind: 'sectionUnreadable'; editor: string; error: unknown }
  /** Changes kept in this browser were made on a version of the project that the server no longer has. */
  | { kind: 'changedSinceKept' }
  /** The browser would not keep the changes: no IndexedDB, a full quota, or a failed write. */
  | { kind: 'notKept'; error: unknown }
  /** The server could not be reached, so the project was opened from the changes kept in this browser. */
  | { kind: 'openedKept'; name: string; keptAt: string };

/** What the person was doing; a failed request is told in its terms. */
export type Attempt =
  | { to: 'open'; id?: string }
  | { to: 'list' }
  | { to: 'create' }
  /** `chars`: the length of the file's text, for a file too large to store. */
  | { to: 'import'; chars: number }
  /** `again`: an automatic retry of a save that already found the server out of reach, which the person was told. */
  | { to: 'save'; again?: boolean }
  | { to: 'restore' }
  | { to: 'keep' }
  | { to: 'saveAs'; name: string }
  | { to: 'resolveConflict' }
  /** Moving a project to the trash. */
  | { to: 'delete' }
  | { to: 'listVersions' }
  | { to: 'readVersion' }
  | { to: 'restoreVersion' }
  | { to: 'listTrash' }
  | { to: 'restoreFromTrash'; name: string }
  | { to: 'deleteForever'; name: string };

/** How a save ended, for the autosaver: it retries when offline, and waits for the person after a conflict or a refusal. */
export type SaveOutcome = 'saved' | 'skipped' | 'offline' | 'conflict' | 'refused';

/** The outcome of a save that failed with `error`. */
export function failedSave(error: unknown): SaveOutcome {
  if (error instanceof NetworkError) return 'offline';
  return error instanceof ApiRequestError && error.status === 412 ? 'conflict' : 'refused';
}
