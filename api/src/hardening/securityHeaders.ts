import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { RegistryFile } from '../registry/RegistryFile.js';
import { cspHeader } from './csp.js';

/**
 * Helmet's security headers on every response, with a Content-Security-Policy that follows the
 * remote registry: the registry can change while the server runs, so the policy is worked out per
 * response from its current origins, and built again only when they change.
 */
export async function registerSecurityHeaders(app: FastifyInstance, registry: RegistryFile | undefined) {
  await app.register(helmet, {
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
  });
  let cached = { key: '', header: cspHeader([]) };
  app.addHook('onRequest', async (_request, reply) => {
    const origins = registry ? await registry.origins() : [];
    const key = origins.join(' ');
    if (key !== cached.key) cached = { key, header: cspHeader(origins) };
    reply.header('content-security-policy', cached.header);
  });
}
