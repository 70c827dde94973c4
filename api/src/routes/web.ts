import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../errors.js';

export interface WebOptions {
  /** The host's build. */
  hostDir: string;
  /** The folder holding each remote's folder; `<remotesDir>/<name>/dist` is served at `/remotes/<name>/`. */
  remotesDir: string;
}

/**
 * Content-hashed files never change under their name; everything else (index.html, mf-manifest.json) is revalidated.
 * `file` may be the build's brotli or gzip copy of the file asked for.
 */
const HASHED = /\.[0-9a-f]{8}\.(?:js|css|map)(?:\.br|\.gz)?$/;

function setHeaders(res: { setHeader(name: string, value: string): void }, file: string) {
  res.setHeader('cache-control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
  // The same URL is sent compressed or not by the request's Accept-Encoding: caches must keep them apart.
  res.setHeader('vary', 'accept-encoding');
}

/**
 * Serves the built editor at `/` and each built remote at `/remotes/<name>/`: the brotli or gzip copy the build wrote
 * beside a file when the browser accepts it, the file itself otherwise.
 */
export const webRoutes: FastifyPluginAsync<WebOptions> = async (app, { hostDir, remotesDir }) => {
  const staticOptions = { cacheControl: false, etag: true, lastModified: false, preCompressed: true, setHeaders };
  if (existsSync(path.join(hostDir, 'index.html'))) {
    // Files are looked up per request, so a new build is served without restarting the server.
    await app.register(fastifyStatic, { root: hostDir, prefix: '/', ...staticOptions });
    // Deep links such as /projects/:id are the editor's own routes: answer them with its page.
    app.get('/projects/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html', hostDir));
  } else {
    app.get('/', (_request, reply) => reply.status(503).send(errorBody(503, 'The editor is not built yet: run npm run build.')));
  }
  for (const name of existsSync(remotesDir) ? readdirSync(remotesDir) : []) {
    const dist = path.join(remotesDir, name, 'dist');
    if (!existsSync(path.join(dist, 'mf-manifest.json'))) continue;
    await app.register(fastifyStatic, { root: dist, prefix: `/remotes/${name}/`, decorateReply: false, ...staticOptions });
  }
};
