import type { FastifyInstance } from 'fastify';

/** Listens on a free loopback port, tells the parent the address, and closes on SIGTERM. */
export async function serveUntilTerminated(app: FastifyInstance): Promise<void> {
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ url });
  process.once('SIGTERM', () => {
    app.close().then(() => process.exit(0));
  });
}
