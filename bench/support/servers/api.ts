// A child process: the real API (buildApp over a FileStore in DATA_DIR), logger off as in production.
import { buildApp } from '@psb/api';
import { FileStore } from '../../../api/src/store/FileStore.js';
import { serveUntilTerminated } from './serve.js';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');
await serveUntilTerminated(await buildApp({ store: await FileStore.open(dataDir) }));
