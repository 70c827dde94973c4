import { snapshotForFile } from '@psb/contracts';
import debounce from 'lodash.debounce';
import type { DraftStore, ProjectSession } from '../document/ProjectSession.js';
import type { HostStore } from '../store/createHostStore.js';
import { type DraftPlan, planDraft, sameDraft } from './whatToKeep.js';

// Keeps the open document in the browser off the typing path: a change only starts a timer; the document is
// assembled and written (IndexedDB's structured clone) when it fires.

export interface DraftWriterOptions {
  /** What to keep, asked when the timer fires. */
  plan: () => DraftPlan;
  drafts: DraftStore;
  onKept: () => void;
  onFailed: (error: unknown) => void;
  /** A write comes this long after the last change… */
  wait?: number;
  /** …and at least this often while changes go on. */
  maxWait?: number;
}

export interface DraftWriter {
  /** The document changed: a write is due. Costs a timer check, whatever the document's size. */
  changed(): void;
  /** Writes now what is due (the page is being hidden or left). */
  flush(): void;
  stop(): void;
}

export function draftWriter({ plan, drafts, onKept, onFailed, wait = 1000, maxWait = 2000 }: DraftWriterOptions): DraftWriter {
  // What this page last wrote or removed, by project: an unchanged document is not written again.
  let last: DraftPlan;
  const write = () => {
    const next = plan();
    if (!next) return;
    if ('remove' in next) {
      if (last?.id === next.id && 'remove' in last) return;
      last = next;
      void drafts.remove(next.id);
      return;
    }
    if (last?.id === next.id && 'keep' in last && sameDraft(last.keep, next.keep)) return;
    last = next;
    drafts.put(next.id, next.keep).then(onKept, (error: unknown) => {
      last = undefined;
      onFailed(error);
    });
  };
  // lodash.debounce calls at `maxWait` from inside the call that crossed it: a key press. The write waits for a
  // task of its own instead, so that typing without a pause never pays for one.
  let changedSinceWrite = false;
  let queued: ReturnType<typeof setTimeout> | undefined;
  const writeDue = () => {
    changedSinceWrite = false;
    write();
  };
  const due = debounce(
    () => {
      queued ??= setTimeout(() => {
        queued = undefined;
        writeDue();
      }, 0);
    },
    wait,
    { maxWait },
  );
  const stop = () => {
    due.cancel();
    clearTimeout(queued);
    queued = undefined;
  };
  return {
    changed: () => {
      changedSinceWrite = true;
      due();
    },
    flush: () => {
      stop();
      if (changedSinceWrite) writeDue();
    },
    stop,
  };
}

/**
 * Keeps the session's open document in `drafts` as it changes, and writes what is due when the page is hidden or
 * about to be left (beforeunload comes first, and leaves the write time while the leave prompt shows; pagehide
 * may be too late for IndexedDB to finish). Returns how to stop.
 */
export function keepDrafts(
  { store, session, drafts }: { store: HostStore; session: ProjectSession; drafts: DraftStore },
  page: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document: Pick<Document, 'visibilityState'> } = window,
): () => void {
  const writer = draftWriter({
    plan: () => {
      const state = store.getState();
      const dirty = session.isDirty(state);
      return planDraft(state.document, { dirty, opening: session.opening }, () => snapshotForFile(session.assemble(state)));
    },
    drafts,
    onKept: () => session.draftKept(),
    onFailed: (error) => session.draftNotKept(error),
  });
  let seen = store.getState();
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (state === seen) return;
    seen = state;
    writer.changed();
  });
  const leaving = () => writer.flush();
  const hidden = () => {
    if (page.document.visibilityState === 'hidden') writer.flush();
  };
  page.addEventListener('beforeunload', leaving);
  page.addEventListener('pagehide', leaving);
  page.addEventListener('visibilitychange', hidden);
  return () => {
    unsubscribe();
    writer.stop();
    page.removeEventListener('beforeunload', leaving);
    page.removeEventListener('pagehide', leaving);
    page.removeEventListener('visibilitychange', hidden);
  };
}
