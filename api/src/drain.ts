import type { FastifyInstance } from 'fastify';

/**
 * Lets `app.close()` finish the requests under way before the server stops listening. Fastify
 * answers new requests with 503 as soon as closing starts, but would stop accepting connections at
 * once; waiting in `preClose` keeps the port open meanwhile, so a client asking during the drain gets
 * that 503 instead of a refused connection, and a PUT still uploading its body is stored, not cut.
 * Each request is bounded by the request and handler timeouts, so the drain is too.
 */
export function registerDrain(app: FastifyInstance) {
  let inFlight = 0;
  let drained: (() => void) | undefined;

  app.addHook('onRequest', (_request, reply, done) => {
    inFlight++;
    // The response's 'close' fires once it is sent or its connection is lost, whichever way the request ends.
    reply.raw.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    done();
  });

  app.addHook('preClose', async () => {
    if (inFlight === 0) return;
    await new Promise<void>((resolve) => {
      drained = resolve;
    });
  });
}
