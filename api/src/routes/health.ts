import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { ProjectStore } from '../store/ProjectStore.js';

const Healthy = Type.Object({ status: Type.Literal('ok') }, { description: 'The server answers and its storage takes writes.' });
const Unhealthy = Type.Object(
  {
    status: Type.Literal('unhealthy'),
    storage: Type.String({ description: 'What is wrong with the storage, and what to fix (a folder to make writable…).' }),
  },
  { description: 'The server answers, but its storage cannot take writes: saves would fail until someone fixes it.' },
);

export const healthRoutes: FastifyPluginAsyncTypebox<{ store: ProjectStore }> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Health: whether the server answers and its storage takes writes',
        response: { 200: Healthy, 503: Unhealthy },
      },
    },
    async (_request, reply) => {
      const health = await store.health();
      if (health.writable) return { status: 'ok' as const };
      return reply
        .status(503)
        .send({ status: 'unhealthy' as const, storage: health.problem ?? 'The storage cannot take writes.' });
    },
  );
};
