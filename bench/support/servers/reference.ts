// A child process: the references the API is compared with. GET /bytes answers the bytes of BYTES_FILE from
// memory (the ceiling for serving that payload with Fastify); GET / is Fastify's "hello world".
import { readFile } from 'node:fs/promises';
import Fastify from 'fastify';
import { serveUntilTerminated } from './serve.js';

const file = process.env.BYTES_FILE;
if (!file) throw new Error('BYTES_FILE is required');
const bytes = await readFile(file);
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app.get('/bytes', (_request, reply) => {
  reply.type('application/json; charset=utf-8').send(bytes);
});
await serveUntilTerminated(app);
