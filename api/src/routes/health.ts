import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { ProjectStore } from '../store/ProjectStore.js';

/**
 * The store each server's health reports on, keyed by its HTTP server (one per app, whatever the plugin context).
 * app.ts registers the health route without options; the project routes, which are given the store, name it here.
 */
const storeOf = new WeakMap<object, ProjectStore>();

/** Makes /healthz of this app report whether `store` can take writes. */
export function reportHealthOf(app: FastifyInstance, store: ProjectStore) {
  storeOf.set(app.server, store);
}

const Healthy = Type.Object({ status: Type.Literal('ok') }, { description: 'The server answers and its storage takes writes.' });
const Unhealthy = Type.Object(
  {
    status: Type.Literal('unhealthy'),
    storage: Type.String({ description: 'What is wrong with the storage, and what to fix (a folder to make writable…).' }),
  },
  { description: 'The server answers, but its storage cannot take writes: saves would fail until someone fixes it.' },
);

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Health: whether the server answers and its storage takes writes',
        response: { 200: Healthy, 503: Unhealthy },
      },
    },
    async (_request, reply) => {
      const health = await storeOf.get(app.server)?.health();
      if (!health || health.writable) return { status: 'ok' as const };
      return reply
        .status(503)
        .send({ status: 'unhealthy' as const, storage: health.problem ?? 'The storage cannot take writes.' });
    },
  );
};
