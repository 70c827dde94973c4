import { STATUS_CODES } from 'node:http';
import { type ApiError, countProblems, LISTED_PROBLEMS, type Problem } from '@psb/contracts';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { discardBody } from './body/discardBody.js';
import {
  DamagedProjectError,
  NotInTrashError,
  PreconditionFailedError,
  ProjectExistsError,
  ProjectNotFoundError,
  RevisionNotFoundError,
  StorageUnavailableError,
} from './store/ProjectStore.js';

/** An error whose message is meant for the client, with the status to send it under. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: Problem[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * A 400 for a part of the request (body, URL...) with its problems as a check found them: the first of them in
 * the message, or their count; at most LISTED_PROBLEMS in `details`, the message saying when there are more.
 */
export function invalidPart(part: string, problems: Problem[]): HttpError {
  const first = problems[0] as Problem;
  const listed = problems.slice(0, LISTED_PROBLEMS);
  const summary =
    problems.length === 1
      ? `${first.path || 'the value'}: ${first.message}`
      : `${countProblems(problems).toLowerCase()}${problems.length > listed.length ? `; the first ${listed.length} are listed` : ''}`;
  return new HttpError(400, `Invalid ${part} (${summary}).`, listed);
}

export function errorBody(statusCode: number, message: string, details?: Problem[]): ApiError {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(details ? { details } : {}) };
}

/** Errors Fastify answers before routing, such as a URL that does not decode, in the same JSON shape. */
export function frameworkError(error: FastifyError, _request: unknown, reply: FastifyReply) {
  const status = error.statusCode ?? 500;
  reply.status(status).send(errorBody(status, status < 500 ? error.message : 'The server failed to handle this request.'));
}

const STORAGE_FULL = new Set(['ENOSPC', 'EDQUOT']);
/** Storage that refuses writes (a read-only mount, missing permission): the operator must fix it, no retry helps. */
const STORAGE_REFUSED = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Maps any error to the API's JSON error shape. Nothing internal (stack, file path) ever reaches the client; the one
 * path a message may name is the storage folder an operator must fix (StorageUnavailableError).
 */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler(async (error: FastifyError & { details?: Problem[] }, request, reply) => {
    if (error instanceof ProjectNotFoundError || error instanceof RevisionNotFoundError || error instanceof NotInTrashError) {
      return reply.status(404).send(errorBody(404, error.message));
    }
    if (error instanceof PreconditionFailedError) {
      return reply
        .status(412)
        .header('etag', error.currentEtag)
        .send(errorBody(412, `${error.message} Its current ETag is ${error.currentEtag}.`));
    }
    if (error instanceof ProjectExistsError) return reply.status(409).send(errorBody(409, error.message));
    if (error instanceof DamagedProjectError) {
      // A damaged project's ETag: a PUT with it in If-Match replaces the damaged file.
      if (error.rev === undefined) reply.header('etag', error.etag);
      return reply.status(409).send(errorBody(409, error.message));
    }
    if (error instanceof StorageUnavailableError) {
      request.log.error({ err: error }, 'storage unavailable');
      return reply.status(503).send(errorBody(503, error.message));
    }
    if (STORAGE_REFUSED.has(error.code)) {
      request.log.error({ err: error }, 'storage refused');
      return reply
        .status(503)
        .send(
          errorBody(503, `The server's storage refuses writes (${error.code}); nothing was changed. Its log names the file.`),
        );
    }
    if (STORAGE_FULL.has(error.code)) {
      request.log.error({ err: error }, 'storage full');
      return reply.status(507).send(errorBody(507, 'The server has no room left to store this; nothing was changed.'));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // The rest of the body is read first, or the client, still sending, would see a reset instead of the 413.
      await discardBody(request.raw);
      return reply.status(413).header('connection', 'close').send(errorBody(413, error.message));
    }
    if (error.code === 'FST_ERR_HANDLER_TIMEOUT') {
      // The work goes on after the reply (Fastify's timeout is cooperative): a write may still land.
      // Closing the connection also drops a client that stopped sending its body, instead of waiting for it.
      request.log.error({ err: error }, 'request timed out');
      return reply
        .status(503)
        .header('connection', 'close')
        .send(errorBody(503, 'The server took too long to answer. Reload before trying again: a change may have been stored.'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(status).send(errorBody(status, 'The server failed to handle this request; nothing was changed.'));
    }
    return reply.status(status).send(errorBody(status, error.message, error.details));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody(404, `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
