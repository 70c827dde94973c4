import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { registerErrorHandling } from './errors.js';
import type { RegistryFile } from './registry/RegistryFile.js';
import { healthRoutes } from './routes/health.js';
import { projectRoutes } from './routes/projects.js';
import { remoteRoutes } from './routes/remotes.js';
import { type WebOptions, webRoutes } from './routes/web.js';
import type { ProjectStore } from './store/ProjectStore.js';
import { validatorCompiler } from './validation.js';

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

export interface AppOptions {
  store: ProjectStore;
  /** Largest accepted request body, in bytes. */
  bodyLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /** The remote registry served at /api/remotes; without it the route is absent. */
  registry?: RegistryFile;
  /** Where the built editor and remotes are; without it nothing static is served. */
  web?: WebOptions;
}

/** The whole API as a Fastify instance, not yet listening. */
export async function buildApp({ store, bodyLimit = DEFAULT_BODY_LIMIT, logger = false, registry, web }: AppOptions) {
  const app = Fastify({
    logger,
    bodyLimit,
    // Malicious JSON keys are refused rather than stripped: a client must know its body was not taken as sent.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    requestTimeout: 60_000,
    // Long ids must reach validation (400), not vanish as an unknown route (404).
    routerOptions: { maxParamLength: 1000 },
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Only JSON bodies: without this, text/plain would be accepted and fail later with a less clear error.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Page Scaffold Builder API', version: '1.0.0', description: 'Projects stored as versioned snapshot files.' },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes);
  await app.register(projectRoutes, { store });
  if (registry) await app.register(remoteRoutes, { registry });
  if (web) await app.register(webRoutes, web);
  app.addHook('onClose', async () => store.close());
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
