import type { IncomingMessage } from 'node:http';

/** Most bytes read and dropped to let a client finish sending before it is answered; past it, its connection is cut. */
export const DISCARD_LIMIT = 64 * 1024 * 1024;

/**
 * Reads and drops what is left of a request's body, up to `limit` bytes. A client still sending when it is
 * answered (413, or 503 while the server stops) would have its connection reset (EPIPE) before reading the answer.
 */
export function discardBody(raw: IncomingMessage, limit = DISCARD_LIMIT): Promise<void> {
  if (raw.complete || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let dropped = 0;
    const finish = () => {
      raw.off('data', onData);
      raw.off('end', finish);
      raw.off('error', finish);
      raw.off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > limit) finish();
    };
    raw.on('data', onData);
    raw.once('end', finish);
    raw.once('error', finish);
    raw.once('close', finish);
    raw.resume();
  });
}
