import type { ServerConfig } from '../config.js';
import { FileStore } from './FileStore.js';
import type { ProjectStore } from './ProjectStore.js';
import { describeDatabase, PgStore } from './pg/PgStore.js';

/** The store the settings choose: PostgreSQL when DATABASE_URL is set, else the files of DATA_DIR. */
export async function openStore(
  config: ServerConfig,
  log: { warn(message: string): void },
): Promise<{ store: ProjectStore; where: string }> {
  if (config.databaseUrl) {
    const store = await PgStore.open(config.databaseUrl, {
      poolSize: config.pgPoolSize,
      statementTimeoutMs: config.pgStatementTimeoutMs,
      revisionsKeep: config.revisionsKeep,
      onIdleError: (error) =>
        log.warn(`a database connection was lost while idle (${error.message}); it is replaced when needed`),
    });
    return { store, where: `PostgreSQL at ${describeDatabase(config.databaseUrl)}` };
  }
  const store = await FileStore.open(config.dataDir, {
    cacheBytes: config.cacheBytes,
    revisionsKeep: config.revisionsKeep,
    onSkippedFile: (file, reason) => log.warn(`${file} in ${config.dataDir}: ${reason}`),
  });
  return { store, where: config.dataDir };
}
