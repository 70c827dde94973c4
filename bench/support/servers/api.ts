// A child process: the real API (buildApp over a FileStore in DATA_DIR, or a PgStore when DATABASE_URL is set),
// logger off as in production. REVISIONS_KEEP as the server reads it; HISTORY=off keeps none (bench/revisions.ts).
import { buildApp } from '@psb/api';
import { readConfig } from '../../../api/src/config.js';
import { FileStore } from '../../../api/src/store/FileStore.js';
import { PgStore } from '../../../api/src/store/pg/PgStore.js';
import { serveUntilTerminated } from './serve.js';

const config = readConfig(process.env);
const dataDir = process.env.DATA_DIR;
if (!dataDir && !config.databaseUrl) throw new Error('DATA_DIR or DATABASE_URL is required');
const store = config.databaseUrl
  ? await PgStore.open(config.databaseUrl, { poolSize: config.pgPoolSize, revisionsKeep: config.revisionsKeep })
  : await FileStore.open(dataDir as string, { revisionsKeep: config.revisionsKeep, history: process.env.HISTORY !== 'off' });
await serveUntilTerminated(await buildApp({ store }));
