// Starts the API on PORT/HOST, storing projects in DATA_DIR or the DATABASE_URL database; SIGTERM or SIGINT finishes the requests under way, then exits.
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { LOOPBACK_HOSTS } from './hardening/allowedHosts.js';
import { RegistryFile } from './registry/RegistryFile.js';
import { openStore } from './store/openStore.js';

async function main() {
  const config = readConfig(process.env);
  const registry = await RegistryFile.open(config.remotesFile, {
    allowedOrigins: config.remoteOrigins,
    onInvalid: (message) => console.error(message),
  });
  const { store, where } = await openStore(config, console);
  const app = await buildApp({
    registry,
    web: { hostDir: config.hostDir, remotesDir: config.remotesDir },
    store,
    bodyLimit: config.bodyLimit,
    logger: { level: config.logLevel },
    corsOrigins: config.corsOrigins,
    // The name it listens on (unless every interface) and the operator's names, beside the loopback ones.
    allowedHosts: [...LOOPBACK_HOSTS, ...(['0.0.0.0', '::'].includes(config.host) ? [] : [config.host]), ...config.allowedHosts],
    rateLimitWrites: config.rateLimitWrites,
    requestTimeout: config.requestTimeoutMs,
    draftThreads: config.draftThreads,
    trashDays: config.trashDays,
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: finishing the requests under way`);
      // A request still arriving after the timeout (a slow upload) is cut, so that the shutdown always ends.
      setTimeout(() => {
        app.log.warn(`${signal}: requests still under way after ${config.shutdownTimeoutMs} ms are cut`);
        app.server.closeAllConnections();
        setTimeout(() => process.exit(1), 2_000).unref();
      }, config.shutdownTimeoutMs).unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`projects stored in ${where}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
