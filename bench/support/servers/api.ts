// A child process: the real API (buildApp over a FileStore in DATA_DIR), logger off as in production.
// REVISIONS_KEEP as the server reads it; HISTORY=off keeps none (bench/revisions.ts compares).
import { buildApp } from '@psb/api';
import { readConfig } from '../../../api/src/config.js';
import { FileStore } from '../../../api/src/store/FileStore.js';
import { serveUntilTerminated } from './serve.js';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');
const { revisionsKeep } = readConfig(process.env);
const store = await FileStore.open(dataDir, { revisionsKeep, history: process.env.HISTORY !== 'off' });
await serveUntilTerminated(await buildApp({ store }));
