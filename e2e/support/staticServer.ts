import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

/** Serves a folder from another origin, as a team's CDN would, with CORS for the manifest fetch. */
export async function startStaticServer(root: string) {
  const app = Fastify();
  app.addHook('onSend', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}
