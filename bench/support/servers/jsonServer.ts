// A child process: json-server 0.17 serving DB_FILE as its CLI would (its default middlewares and router), quiet.

import { once } from 'node:events';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const dbFile = process.env.DB_FILE;
if (!dbFile) throw new Error('DB_FILE is required');
const jsonServer = createRequire(import.meta.url)('json-server');
const app = jsonServer.create();
app.use(jsonServer.defaults({ logger: false }));
app.use(jsonServer.router(dbFile));
const server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
process.once('SIGTERM', () => server.close(() => process.exit(0)));
