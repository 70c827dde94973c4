import { ApiError, ProjectMeta } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { HttpError } from '../errors.js';
import { prefersMinimal } from '../prefer.js';
import type { StoredProject } from '../store/ProjectStore.js';

/** The error replies a route over one project may give, in the API's JSON shape. */
export const errors = { 400: ApiError, 404: ApiError, 409: ApiError, 412: ApiError, 428: ApiError, 503: ApiError };

export const snapshotReply = {
  description: 'The stored snapshot, exactly as on disk.',
  content: { 'application/json': { schema: Type.Object({}, { additionalProperties: true }) } },
};

/** A write's reply: the snapshot stored, or with `Prefer: return=minimal` its meta only. */
export const writeReply = {
  description:
    'The stored snapshot, exactly as on disk; with `Prefer: return=minimal`, only its meta (`Preference-Applied: return=minimal`).',
  content: {
    'application/json': { schema: Type.Union([Type.Object({}, { additionalProperties: true }), ProjectMeta]) },
  },
};

export const preferHeader = Type.Optional(
  Type.String({ description: '`return=minimal`: answer with the stored meta, not the whole snapshot just sent (RFC 7240).' }),
);

export const notFound = (id: string) => new HttpError(404, `No project with id "${id}".`);

/** A write without If-Match could overwrite someone else's change unseen: refused with 428. */
export function requireIfMatch(ifMatch: string | undefined, what = 'the project'): string {
  if (ifMatch === undefined) {
    throw new HttpError(428, `Send If-Match with the ETag you read ${what} with, so that no one else’s change is overwritten.`);
  }
  return ifMatch;
}

export function sendStored(reply: FastifyReply, stored: StoredProject) {
  return sendJson(versioned(reply, stored.etag), stored.bytes);
}

/** A reply about one version of a project: its ETag, and to be checked again before any reuse. */
export function versioned(reply: FastifyReply, etag: string) {
  return reply.header('etag', etag).header('cache-control', 'no-cache');
}

/**
 * A write's reply. The client just sent the snapshot: asked for the minimal reply, it gets only what the server
 * changed, the meta, and not the whole document back to read again.
 */
export function sendWritten(reply: FastifyReply, stored: StoredProject, prefer: string | undefined) {
  if (!prefersMinimal(prefer)) return sendStored(reply, stored);
  versioned(reply, stored.etag).header('preference-applied', 'return=minimal');
  return sendJson(reply, Buffer.from(JSON.stringify(stored.meta)));
}

/** Bytes that are JSON already, sent as they are: a Buffer skips Fastify's response serialisation. */
export function sendJson(reply: FastifyReply, bytes: Buffer) {
  return reply.type('application/json; charset=utf-8').send(bytes);
}
