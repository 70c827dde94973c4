import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors.js';

/** The names a server on this machine always answers for. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a `Host` header, lower case, without its port: `[::1]:3000` → `[::1]`. */
export function hostName(header: string): string {
  const name = header.trim().toLowerCase();
  if (name.startsWith('[')) return name.slice(0, name.indexOf(']') + 1);
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(0, colon);
}

/**
 * Answers only requests that name one of `allowed` as their `Host` (`*` allows any): the API has no
 * authentication, so a page elsewhere that rebinds its own name to this machine's address (DNS rebinding) must
 * not reach it. A request without a Host header names no other site, and passes.
 */
export function registerHostCheck(app: FastifyInstance, allowed: readonly string[]) {
  if (allowed.includes('*')) return;
  const names = new Set(allowed.map(hostName));
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.host;
    if (header === undefined || names.has(hostName(header))) return;
    return reply
      .status(403)
      .send(
        errorBody(
          403,
          `This server does not answer for "${hostName(header)}": add it to ALLOWED_HOSTS to reach the server by that name.`,
        ),
      );
  });
}
