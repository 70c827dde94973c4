import { ApiRequestError, NetworkError } from '../api/projectsApi.js';
import { messageOf } from '../federation/loadDomain.js';
import type { DocumentDialog } from '../store/documentSlice.js';
import type { Attempt, DocumentFailure, DocumentSource } from './failures.js';

// What the person is told about each way opening, saving, importing or deleting a project can fail (failures.ts),
// and about the copies a conflict keeps: the wording lives here and nowhere else.

export type Telling = {
  /** Why, in one sentence: kept in the document's state, or shown in the panel of an editor that cannot take its section. */
  reason: string;
} & (
  | { how: 'dialog'; dialog: DocumentDialog }
  /** `offerExport`: the toast has an Export button, the way to keep changes that could not be saved. */
  | { how: 'toast'; message: string; offerExport: boolean }
  | { how: 'panel' }
  /** Nothing beyond the top bar's status: the person was told already. */
  | { how: 'status' }
);

const dialog = (reason: string, value: DocumentDialog): Telling => ({ reason, how: 'dialog', dialog: value });
const refused = (title: string, message: string) => dialog(message, { kind: 'refused', title, message });
const toast = (message: string, reason: string, offerExport = false): Telling => ({ reason, how: 'toast', message, offerExport });

/** What the person is told about `failure` while `attempt` was under way. */
export function tell(failure: DocumentFailure, attempt: Attempt): Telling {
  const thing = (from: DocumentSource) => (from === 'file' ? 'file' : from === 'kept' ? 'copy kept in this browser' : 'project');
  switch (failure.kind) {
    case 'request':
      return tellRequest(failure.error, attempt);
    case 'notJson':
      return refused('This file is not JSON', `It cannot be read as JSON: ${failure.message}`);
    case 'forbiddenKey':
      return refused(
        'This file cannot be imported',
        `It holds a "${failure.key}" key at ${failure.path || '/'}, which no snapshot has: it could change how the editor itself behaves.`,
      );
    case 'tooNew':
      return refused(`This ${thing(failure.from)} is too new for this editor`, failure.message);
    case 'notUpgradable':
      return refused(`This ${thing(failure.from)} could not be upgraded`, failure.message);
    case 'invalid': {
      const title = {
        server: 'This project cannot be opened: it is invalid',
        file: 'This file cannot be imported',
        editor: 'This project cannot be saved: it is invalid',
        kept: 'The changes kept in this browser cannot be restored: they are invalid',
      }[failure.from];
      const reason = failure.from === 'server' ? 'The stored project is invalid.' : title;
      const editors = failure.notLoaded ?? [];
      const hint =
        editors.length > 0
          ? `Kept as opened, as its editor is not loaded: ${editors.join(', ')}. Load it with Retry in its panel, mend there what the problems name (remove the binding of a deleted component, say), then save.`
          : undefined;
      return dialog(reason, { kind: 'problems', title, problems: failure.problems, ...(hint ? { hint } : {}) });
    }
    case 'unreadable':
      return refused(
        'This project cannot be opened',
        `The ${failure.editor} editor could not read it: ${messageOf(failure.error)}`,
      );
    case 'sectionTooNew':
      return {
        how: 'panel',
        reason: `This project's ${failure.editor} section is version ${failure.found}; this editor reads up to ${failure.supported}. It is kept as it is.`,
      };
    case 'sectionUnreadable':
      return {
        how: 'panel',
        reason: `It could not read this project's ${failure.editor} section: ${messageOf(failure.error)} It is kept as it is.`,
      };
    case 'changedSinceKept':
      return dialog('The project changed on the server since these changes were kept.', { kind: 'conflict', since: 'kept' });
    case 'notKept': {
      const quota = failure.error instanceof Error && failure.error.name === 'QuotaExceededError';
      const why = quota ? "the browser's storage for this site is full" : messageOf(failure.error).replace(/\.$/, '');
      return toast(
        `Your changes cannot be kept in this browser: ${why}. The editor works as before; Save or Export keeps them.`,
        why,
        true,
      );
    }
    case 'openedKept':
      return toast(
        `The server cannot be reached: “${failure.name}” is open from the changes kept in this browser at ${toldTime(failure.keptAt)}. You can go on editing; they stay here until they are saved.`,
        'The server cannot be reached.',
      );
  }
}

function tellRequest(error: unknown, attempt: Attempt): Telling {
  const status = error instanceof ApiRequestError ? error.status : undefined;
  const details = error instanceof ApiRequestError ? error.body?.details : undefined;
  const message = messageOf(error);
  switch (attempt.to) {
    case 'open': {
      const reason = status === 404 ? `There is no project with id "${attempt.id}".` : message;
      return toast(`The project could not be opened: ${reason}`, reason);
    }
    case 'list':
      return toast(`The projects could not be listed: ${message}`, message);
    case 'create':
      return toast(`A new project could not be created: ${message}`, message);
    case 'delete':
      return toast(`The project could not be moved to the trash: ${message}`, message);
    case 'listVersions':
      return toast(`The versions could not be listed: ${message}`, message);
    case 'readVersion': {
      const reason = status === 404 ? 'It is no longer kept.' : message;
      return toast(`This version could not be read: ${reason}`, reason);
    }
    case 'restoreVersion':
      if (status === 412) {
        return refused(
          'Someone else saved this project first',
          'It changed on the server since you opened it, so nothing was restored. Open it again to see their version: every version stays in its history.',
        );
      }
      return toast(`The version could not be restored: ${status === 404 ? 'it is no longer kept.' : message}`, message);
    case 'listTrash':
      return toast(`The trash could not be listed: ${message}`, message);
    case 'restoreFromTrash': {
      const reason = status === 409 ? 'a project with its id exists again.' : message;
      return toast(`“${attempt.name}” could not be restored: ${reason}`, reason);
    }
    case 'deleteForever':
      return toast(`“${attempt.name}” could not be deleted: ${message}`, message);
    case 'restore':
      return toast(`The kept changes could not be restored: ${message}`, message);
    case 'keep':
      return tell({ kind: 'notKept', error }, attempt);
    case 'import':
      if (details) return dialog(message, { kind: 'problems', title: 'The server refused this file', problems: details });
      if (status === 413) {
        const size = `${(attempt.chars / 1024 / 1024).toFixed(1)} MB`;
        return refused('This file is too large', `It is ${size}, more than the server stores in one project.`);
      }
      return toast(`The file could not be imported: ${message}`, message);
    case 'save':
    case 'saveAs':
    case 'resolveConflict': {
      if (attempt.to === 'save' && attempt.again && error instanceof NetworkError) return { how: 'status', reason: message };
      if (status === 412) return dialog('Someone else saved this project first.', { kind: 'conflict' });
      if (status === 400 && details) {
        return dialog(message, { kind: 'problems', title: 'The server refused this save', problems: details });
      }
      if (status === 413) {
        return refused(
          'This project is too large to save',
          'It is more than the server stores in one project. Export keeps it as a file.',
        );
      }
      const what =
        attempt.to === 'save'
          ? 'Your changes could not be saved'
          : attempt.to === 'saveAs'
            ? `“${attempt.name}” could not be saved`
            : 'The conflict could not be resolved';
      // A message that ends a sentence already must not end with two full stops.
      const why = error instanceof NetworkError ? 'the server cannot be reached' : message.replace(/\.$/, '');
      return toast(`${what}: ${why}. They are kept in this tab; Export downloads them as a file.`, why, true);
    }
  }
}

/** The name of a project a resolved conflict keeps: mine as a copy, or mine beside theirs reloaded. */
export function keptName(name: string, kept: 'copy' | 'mine'): string {
  return `${name} (${{ copy: 'copy', mine: 'my changes' }[kept]})`;
}

/**
 * What a resolved conflict kept: mine as the project `name` when theirs was reloaded, or theirs, in the project's
 * history, when mine overwrote it.
 */
export function toldKept(whose: 'mine' | 'theirs', name = ''): string {
  return whose === 'mine' ? `Your changes were kept as the project “${name}”.` : TOLD_THEIRS_IN_HISTORY;
}

export const TOLD_THEIRS_IN_HISTORY = 'Their version is kept in the project’s history.';

/** The time changes were kept, as the person reads it: "14:32" today, "3 Dec, 14:32" another day. */
export function toldTime(keptAt: string, now = new Date()): string {
  const when = new Date(keptAt);
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  if (when.toDateString() === now.toDateString()) return time;
  return `${when.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/** What the offer of kept changes says. */
export function toldOffer(keptAt: string, now = new Date()): string {
  return `Unsaved changes from ${toldTime(keptAt, now)} were kept in this browser`;
}
