import type { Problem } from '@psb/contracts';

// What can go wrong when a project is opened, saved, imported or deleted: the facts, without words for people
// (tell.ts has those). Kept apart so that the pure pipeline, which a benchmark also runs, needs nothing else.

/** Where a document that cannot be taken came from: the server, a file picked to import, or the editor (a save). */
export type DocumentSource = 'server' | 'file' | 'editor';

export type DocumentFailure =
  /** A request, or the chunk of the contract's checkers, failed: the server's answer or the network's error. */
  | { kind: 'request'; error: unknown }
  | { kind: 'notJson'; message: string }
  /** A key such as `__proto__` that no snapshot has and that could change how the editor itself behaves. */
  | { kind: 'forbiddenKey'; key: string; path: string }
  | { kind: 'tooNew'; from: DocumentSource; message: string }
  | { kind: 'notUpgradable'; from: DocumentSource; message: string }
  | { kind: 'invalid'; from: DocumentSource; problems: Problem[] }
  /** A domain's reducer threw on the document's section. */
  | { kind: 'unreadable'; editor: string; error: unknown }
  /** An editor that loaded after the document opened reads an older version of its section than the document's. */
  | { kind: 'sectionTooNew'; editor: string; found: number; supported: number }
  /** An editor that loaded after the document opened could not upgrade or read its section. */
  | { kind: 'sectionUnreadable'; editor: string; error: unknown };

/** What the person was doing; a failed request is told in its terms. */
export type Attempt =
  | { to: 'open'; id?: string }
  | { to: 'list' }
  | { to: 'create' }
  /** `chars`: the length of the file's text, for a file too large to store. */
  | { to: 'import'; chars: number }
  | { to: 'save' }
  | { to: 'saveAs'; name: string }
  | { to: 'resolveConflict' }
  | { to: 'delete' };
