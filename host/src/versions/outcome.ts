import type { Attempt, DocumentFailure } from '../document/failures.js';
import { tell } from '../document/tell.js';

/** A result, or the sentence that says why not: shown where it was asked for (the history panel, the trash). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The failure in the words the person reads where they asked. */
export function failed(failure: DocumentFailure, attempt: Attempt): { ok: false; message: string } {
  const telling = tell(failure, attempt);
  return { ok: false, message: telling.how === 'toast' ? telling.message : telling.reason };
}
