import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RemoteRegistry } from '@psb/contracts';
import type { RegistryFile } from '../registry/RegistryFile.js';

export const remoteRoutes: FastifyPluginAsyncTypebox<{ registry: RegistryFile }> = async (app, { registry }) => {
  app.get(
    '/api/remotes',
    { schema: { summary: 'The domain editors the host loads, from the registry file', response: { 200: RemoteRegistry } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return registry.entries();
    },
  );
};
