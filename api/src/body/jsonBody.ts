import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** A JSON body's bytes as they arrived; null for a request without one. */
    jsonBytes: Buffer | null;
  }
}

/**
 * JSON bodies are parsed by Fastify's own parser, which refuses `__proto__` and `constructor.prototype` keys
 * rather than strip them (a client must know its body was not taken as sent), and their bytes are kept: a valid
 * snapshot is stored as it was sent, not serialised again. Bytes that are not UTF-8 are refused, since they
 * could not be stored as sent.
 */
export function registerJsonBody(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.decorateRequest('jsonBytes', null);
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, bytes: Buffer, done) => {
    if (!isUtf8(bytes)) return done(new HttpError(400, 'The body is not valid UTF-8.'), undefined);
    request.jsonBytes = bytes;
    parse(request, bytes.toString('utf8'), done);
  });
}
