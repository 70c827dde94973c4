import type { FastifyInstance } from 'fastify';

/**
 * On close, keeps the port open until the requests under way are answered. Fastify answers requests arriving
 * meanwhile with 503 (`return503OnClosing`) but would stop accepting connections at once; waiting in `preClose`
 * keeps accepting them, so a client asking during the drain gets that 503 rather than a refused connection, and a
 * PUT still uploading its body is stored, not cut. Every request ends by its `handlerTimeout`, so the drain does too.
 */
export function registerDrain(app: FastifyInstance) {
  let underWay = 0;
  let drained: (() => void) | undefined;
  app.addHook('onRequest', (_request, reply, done) => {
    underWay++;
    // The response's 'close' fires once it is sent or its connection is lost, whichever way the request ends.
    reply.raw.once('close', () => {
      if (--underWay === 0) drained?.();
    });
    done();
  });
  app.addHook('preClose', async () => {
    if (underWay > 0) await new Promise<void>((resolve) => (drained = resolve));
  });
}
