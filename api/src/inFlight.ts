import { errorCodes, type FastifyInstance, type FastifyReply } from 'fastify';

/** How often, at most, requests past their deadline are looked for: a late request is cut within a quarter more. */
const SWEEP_FRACTION = 4;
const MAX_SWEEP_MS = 1_000;

/**
 * Keeps the requests under way, each with its deadline, for two jobs.
 *
 * - **Drain.** `app.close()` finishes the requests under way before the server stops listening. Fastify answers
 *   new requests with 503 as soon as closing starts, but would stop accepting connections at once; waiting in
 *   `preClose` keeps the port open meanwhile, so a client asking during the drain gets that 503 instead of a
 *   refused connection, and a PUT still uploading its body is stored, not cut.
 * - **Deadline.** A request not answered `timeoutMs` after it arrived (its body still coming, or its handler
 *   stuck) is answered with FST_ERR_HANDLER_TIMEOUT, as Fastify's `handlerTimeout` would. One timer looks for
 *   them every quarter of the timeout (at most every second), rather than Fastify's timer and AbortController
 *   per request: with those, the server took 26.3–30.2 µs per GET of a project from memory, without 24.7–25.4.
 *
 * Both are bounded: every request ends by its deadline, so the drain does too.
 */
export function registerInFlight(app: FastifyInstance, { timeoutMs }: { timeoutMs: number }) {
  // Every request has the same timeout, so insertion order is deadline order: a sweep stops at the first not due.
  const inFlight = new Map<FastifyReply, number>();
  let drained: (() => void) | undefined;

  app.addHook('onRequest', (_request, reply, done) => {
    inFlight.set(reply, performance.now() + timeoutMs);
    // The response's 'close' fires once it is sent or its connection is lost, whichever way the request ends.
    reply.raw.once('close', () => {
      inFlight.delete(reply);
      if (inFlight.size === 0) drained?.();
    });
    done();
  });

  const sweep = setInterval(
    () => {
      const now = performance.now();
      for (const [reply, deadline] of inFlight) {
        if (deadline > now) break;
        // An answered request stays until its 'close', so that the drain still waits for its last bytes.
        if (!reply.sent) timeOut(reply, timeoutMs);
      }
    },
    Math.min(MAX_SWEEP_MS, timeoutMs / SWEEP_FRACTION),
  );
  // Never what keeps the process alive: the server's socket does that.
  sweep.unref();

  app.addHook('preClose', async () => {
    if (inFlight.size > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
      });
    }
  });
  app.addHook('onClose', async () => clearInterval(sweep));
}

/** Answers with the timeout error (the error handler makes it a 503), or cuts a reply already on its way. */
function timeOut(reply: FastifyReply, timeoutMs: number) {
  const error = new errorCodes.FST_ERR_HANDLER_TIMEOUT(timeoutMs, reply.request.routeOptions.url ?? reply.request.url);
  if (reply.raw.headersSent) reply.raw.destroy(error);
  else reply.send(error);
}
