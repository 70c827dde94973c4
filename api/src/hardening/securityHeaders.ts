import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { RegistryFile } from '../registry/RegistryFile.js';
import { cspHeader } from './csp.js';

const HELMET_OPTIONS: FastifyHelmetOptions = { contentSecurityPolicy: false, frameguard: { action: 'deny' } };

/**
 * The API's replies are JSON, never a page: nothing in them may load or run, or be framed (as OWASP advises
 * for REST APIs). Shorter than the editor's policy, and it needs no look at the registry.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Of Helmet's headers, those that still mean something on a JSON reply that loads and runs nothing (OWASP's REST
 * Security Cheat Sheet): no sniffing it into something else, no framing, no reading it from another origin's
 * page, HTTPS only. The others (opener policy, referrer policy, DNS prefetch, old IE and Flash switches) govern
 * what a page does; under API_CSP a reply opened as a page does nothing. Each would cost the server and every
 * client a header to write and parse on every reply, for nothing.
 */
const API_HEADER_NAMES = [
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'cross-origin-resource-policy',
];

/**
 * Helmet's security headers on every response. The editor's pages and files get them all, and a
 * Content-Security-Policy that follows the remote registry: the registry can change while the server runs, so
 * the policy is worked out per response from its current origins, and built again only when they change. The
 * API's replies get API_HEADER_NAMES and API_CSP.
 */
export async function registerSecurityHeaders(app: FastifyInstance, registry: RegistryFile | undefined) {
  const fixed = await helmetHeaders(HELMET_OPTIONS);
  const api = {
    ...Object.fromEntries(Object.entries(fixed).filter(([name]) => API_HEADER_NAMES.includes(name))),
    'content-security-policy': API_CSP,
  };
  let cached = { key: '', header: cspHeader([]) };
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      reply.headers(api);
      return;
    }
    reply.headers(fixed);
    const origins = registry ? await registry.origins() : [];
    const key = origins.join(' ');
    if (key !== cached.key) cached = { key, header: cspHeader(origins) };
    reply.header('content-security-policy', cached.header);
  });
}

/**
 * The headers @fastify/helmet sets with these options, read once from a reply of a throwaway app. They do not
 * depend on the request, and the plugin itself builds Helmet's middleware again for every request (a tenth of
 * the server's time per GET of a project from memory).
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(helmet, options);
  probe.get('/', (_request, reply) => {
    reply.send();
  });
  const bare = Fastify();
  bare.get('/', (_request, reply) => {
    reply.send();
  });
  const [withHelmet, without] = await Promise.all([probe.inject('/'), bare.inject('/')]);
  await Promise.all([probe.close(), bare.close()]);
  return Object.fromEntries(
    Object.entries(withHelmet.headers)
      .filter(([name]) => !(name in without.headers))
      .map(([name, value]) => [name, String(value)]),
  );
}
