import type { FastifyInstance } from 'fastify';
import { discardBody } from './body/discardBody.js';
import { errorBody } from './errors.js';

/**
 * On close, keeps the port open until the requests under way are answered. Requests arriving meanwhile (on a
 * kept-alive connection) are answered 503 once their body is read, so that a client still sending reads the 503
 * instead of a reset; Fastify would stop accepting connections at once, and waiting in `preClose` keeps accepting
 * them, so a client asking during the drain gets that 503 rather than a refused connection, and a PUT still
 * uploading its body is stored, not cut. Every request ends by its `handlerTimeout`, so the drain does too.
 */
export function registerDrain(app: FastifyInstance) {
  let underWay = 0;
  let closing = false;
  let drained: (() => void) | undefined;
  app.addHook('onRequest', async (request, reply) => {
    underWay++;
    // The response's 'close' fires once it is sent or its connection is lost, whichever way the request ends.
    reply.raw.once('close', () => {
      if (--underWay === 0) drained?.();
    });
    if (!closing) return;
    await discardBody(request.raw);
    return reply
      .status(503)
      .header('connection', 'close')
      .send(errorBody(503, 'The server is shutting down; nothing was changed. Try again in a moment.'));
  });
  app.addHook('preClose', async () => {
    closing = true;
    if (underWay > 0) await new Promise<void>((resolve) => (drained = resolve));
  });
}
