import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors.js';

/** Methods that change nothing: a page elsewhere may send them, but cannot read the answer without CORS. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface WriteRequest {
  method: string;
  /** The `Host` header. */
  host: string | undefined;
  /** The `Origin` header: the page that sent the request, as its browser says. */
  origin: string | undefined;
  /** The `Sec-Fetch-Site` header: how the browser places that page relative to this server. */
  fetchSite: string | undefined;
}

/**
 * Why a request that would change something must be refused as sent by another site's page, or undefined.
 * The browser sends some writes without asking first (a POST without a JSON body is a "simple" request, and
 * its answer, not its effect, is what CORS withholds), so the server itself must tell. The rules are Go's
 * `http.CrossOriginProtection`: an origin of CORS_ORIGINS passes; else `Sec-Fetch-Site` decides when the
 * browser sends it (`same-origin`, or `none` for what the person did themselves); else an `Origin` naming
 * this very host passes; a request with neither header is not from a browser's page, and passes.
 * From `localhost:3000`, a page's request to `127.0.0.1:3000` is cross-site: the same server, not the same origin.
 */
export function crossOriginWriteRefusal(request: WriteRequest, trusted: ReadonlySet<string>): string | undefined {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
  const { origin, fetchSite } = request;
  if (origin !== undefined && trusted.has(origin)) return undefined;
  const refusal = `This server takes changes only from its own pages (and CORS_ORIGINS), not from ${origin ?? 'a page of another site'}.`;
  if (fetchSite !== undefined) return fetchSite === 'same-origin' || fetchSite === 'none' ? undefined : refusal;
  if (origin === undefined) return undefined;
  return hostOf(origin) !== undefined && hostOf(origin) === request.host?.trim().toLowerCase() ? undefined : refusal;
}

/** `host[:port]` of an origin, lower case; undefined for `null` (a sandboxed page, a redirect) or anything unreadable. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

/** Refuses, with a JSON 403, every write a page of another site sent (see crossOriginWriteRefusal). */
export function registerCrossOriginWriteCheck(app: FastifyInstance, corsOrigins: readonly string[]) {
  const trusted = new Set(corsOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const refusal = crossOriginWriteRefusal(
      { method: request.method, host: header('host'), origin: header('origin'), fetchSite: header('sec-fetch-site') },
      trusted,
    );
    if (refusal) return reply.status(403).send(errorBody(403, refusal));
  });
}
