import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * At most `perMinute` writes per minute from one client address (429 above it, with Retry-After);
 * reads are never limited. Every write costs a file on disk: this stops a runaway script, not a person.
 */
export async function registerWriteLimit(app: FastifyInstance, perMinute: number) {
  if (perMinute <= 0) return;
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    allowList: (request) => !WRITES.has(request.method),
  });
}
