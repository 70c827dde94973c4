import { createHash } from 'node:crypto';

/** A strong ETag: the same bytes always give the same tag, on any server, across restarts. */
export function etagOf(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;
}
