import type { EditorSnapshot } from '@psb/contracts';
import type { DocumentState } from '../store/documentSlice.js';
import { sameDocument } from './whatToKeep.js';

/** The first retry of a save that found the server out of reach comes after this; each next one waits twice as long… */
export const FIRST_RETRY_MS = 2000;
/** …up to this. */
export const LONGEST_RETRY_MS = 60_000;

/** How long to wait before the retry that follows `failures` saves in a row that found the server out of reach. */
export function retryDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** failures, LONGEST_RETRY_MS);
}

/**
 * Whether the editor may save by itself now: turned on, a project open and not being opened, changes to save that
 * the person made (a section upgraded by an editor that loaded late waits for their first edit), no save under way, nothing the person must answer first (a dialog, kept changes offered), and a name to save under.
 */
export function mayAutosave({
  enabled,
  doc,
  dirty,
  opening,
}: {
  enabled: boolean;
  doc: DocumentState;
  dirty: boolean;
  opening: boolean;
}): boolean {
  return (
    enabled &&
    !opening &&
    doc.status === 'open' &&
    doc.dialog === null &&
    doc.offer === null &&
    doc.save !== 'saving' &&
    dirty &&
    doc.edited &&
    doc.meta.name.trim() !== ''
  );
}

/**
 * Why autosave waits for the person: after a conflict, until they chose (the project's id or ETag changed then);
 * after a refusal (problems the dialog listed), until the document changed.
 */
export type Hold = { after: 'conflict'; id?: string; etag?: string } | { after: 'refused'; snapshot: EditorSnapshot } | undefined;

/** Whether `hold` still stands for `doc`; `assemble` is called only after a refusal. */
export function holds(hold: Hold, doc: DocumentState, assemble: () => EditorSnapshot): boolean {
  if (!hold) return false;
  if (hold.after === 'conflict') return doc.id === hold.id && doc.etag === hold.etag;
  return sameDocument(hold.snapshot, assemble());
}
