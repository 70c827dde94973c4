import { availableParallelism } from 'node:os';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { DraftReader } from './body/DraftReader.js';
import { registerDrain } from './drain.js';
import { frameworkError, registerErrorHandling } from './errors.js';
import { LOOPBACK_HOSTS, registerHostCheck } from './hardening/allowedHosts.js';
import { registerCrossOriginWriteCheck } from './hardening/crossOriginWrites.js';
import { registerSecurityHeaders } from './hardening/securityHeaders.js';
import { registerWriteLimit } from './hardening/writeLimit.js';
import type { RegistryFile } from './registry/RegistryFile.js';
import { healthRoutes } from './routes/health.js';
import { projectRoutes } from './routes/projects.js';
import { remoteRoutes } from './routes/remotes.js';
import { revisionRoutes } from './routes/revisions.js';
import { trashRoutes } from './routes/trash.js';
import { type WebOptions, webRoutes } from './routes/web.js';
import type { ProjectStore } from './store/ProjectStore.js';
import { DEFAULT_TRASH_DAYS, trashSweeps } from './trashSweep.js';
import { validatorCompiler } from './validation.js';

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT = 60_000;
/** A thread per core, up to four: each thread reads one draft at a time, and a worker holds tens of megabytes. */
export const DEFAULT_DRAFT_THREADS = Math.min(4, availableParallelism());

export interface AppOptions {
  store: ProjectStore;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /** The remote registry served at /api/remotes; without it the route is absent. */
  registry?: RegistryFile;
  /** Where the built editor and remotes are; without it nothing static is served. */
  web?: WebOptions;
  /** Origins whose pages may call the API; none (the default) means same origin only. */
  corsOrigins?: readonly string[];
  /** The host names requests may name in `Host` (`*`: any); this machine's loopback names by default. */
  allowedHosts?: readonly string[];
  /** Writes per minute per client address; 0 (the default) means no limit. */
  rateLimitWrites?: number;
  /** Longest a request may take to arrive, and to be answered, in milliseconds. */
  requestTimeout?: number;
  /** Most worker threads reading (parsing and checking) request bodies at once. */
  draftThreads?: number;
  /** Days a deleted project stays in the trash; swept when the app is ready, then daily. */
  trashDays?: number;
}

/** The whole API as a Fastify instance, not yet listening. */
export async function buildApp({
  store,
  bodyLimit = DEFAULT_BODY_LIMIT,
  logger = false,
  registry,
  web,
  corsOrigins = [],
  allowedHosts = LOOPBACK_HOSTS,
  rateLimitWrites = 0,
  requestTimeout = DEFAULT_REQUEST_TIMEOUT,
  draftThreads = DEFAULT_DRAFT_THREADS,
  trashDays = DEFAULT_TRASH_DAYS,
}: AppOptions) {
  const app = Fastify({
    logger,
    bodyLimit,
    // A slow client cannot hold a connection (requestTimeout), nor a stuck request a reply (handlerTimeout: 503).
    requestTimeout,
    handlerTimeout: requestTimeout,
    // Node checks for timed-out requests only this often (30 s by default).
    http: { connectionsCheckingInterval: Math.min(requestTimeout, 5_000) },
    // Long ids must reach validation (400), not vanish as an unknown route (404).
    routerOptions: { maxParamLength: 1000 },
    // Requests arriving while it stops are answered 503 by the drain (drain.ts), once their body is read.
    return503OnClosing: false,
    // Once the requests under way are answered (the drain), the connections left are idle or hold a request not
    // yet sent whole: closed, so that a shutdown ends whatever the clients keep open.
    forceCloseConnections: true,
    frameworkErrors: frameworkError,
    // Malicious JSON keys are refused rather than stripped: a client must know its body was not taken as sent.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerDrain(app);
  registerHostCheck(app, allowedHosts);
  registerCrossOriginWriteCheck(app, corsOrigins);
  app.setValidatorCompiler(validatorCompiler);
  // Only JSON bodies: without this, text/plain would be accepted and fail later with a less clear error.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);
  await registerSecurityHeaders(app, registry);
  if (corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      // A client must read the ETag to send it back in If-Match.
      exposedHeaders: ['etag', 'location'],
    });
  }
  await registerWriteLimit(app, rateLimitWrites);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Page Scaffold Builder API', version: '1.0.0', description: 'Projects stored as versioned snapshot files.' },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes, { store });
  const drafts = new DraftReader({ threads: draftThreads });
  // Its threads load when the first draft comes, and one at a time as needed, not all at once on listening: each
  // takes about a second of CPU to load, which a server just started needs for its first saves (read meanwhile
  // on the main thread).
  await app.register(projectRoutes, { store, drafts });
  await app.register(revisionRoutes, { store });
  await app.register(trashRoutes, { store });
  if (registry) await app.register(remoteRoutes, { registry });
  if (web) await app.register(webRoutes, web);
  const sweeps = trashSweeps(store, trashDays, (error) => app.log.error({ err: error }, 'trash sweep failed'));
  app.addHook('onReady', () => sweeps.start());
  app.addHook('onClose', async () => {
    await sweeps.stop();
    await store.close();
    await drafts.close();
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
