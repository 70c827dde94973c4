import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError, ProjectParams, ProjectSummary } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import type { DraftReader } from '../body/DraftReader.js';
import { DraftBody, registerDraftBody } from '../body/draftBody.js';
import { ifMatchCondition, noneMatch } from '../conditional.js';
import { HttpError } from '../errors.js';
import { DamagedProjectError, type ProjectStore } from '../store/ProjectStore.js';
import {
  errors,
  notFound,
  preferHeader,
  requireIfMatch,
  sendJson,
  sendStored,
  sendWritten,
  snapshotReply,
  versioned,
  writeReply,
} from './replies.js';
import { later, stamp } from './stamp.js';

export interface ProjectRoutesOptions {
  store: ProjectStore;
  /** Reads the snapshot drafts of POST and PUT. */
  drafts: DraftReader;
}

/**
 * A 304 has no body: `type: 'null'` makes the OpenAPI document list it without content. A plain object rather
 * than Type.Null(), so that the reply is typed `unknown` and may be sent with no payload at all.
 */
const notModified = { description: 'Unchanged since the ETag sent in If-None-Match.', type: 'null' };

const rawFile = {
  description: 'The stored file, byte for byte.',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
};

/** CRUD over stored snapshots. The server is storage only: it validates, stamps and stores, and migrates nothing. */
export const projectRoutes: FastifyPluginAsyncTypebox<ProjectRoutesOptions> = async (app, { store, drafts }) => {
  registerDraftBody(app, drafts);

  app.get(
    '/api/projects',
    { schema: { summary: 'List projects, most recently changed first', response: { 200: Type.Array(ProjectSummary) } } },
    // The store's ready-made JSON: serialising thousands of summaries per request would be most of a list's cost.
    async (_request, reply) => sendJson(reply, await store.listJson()),
  );

  app.get(
    '/api/projects/:id',
    {
      schema: {
        summary: 'Read a project (409 naming the problem when its file is damaged)',
        params: ProjectParams,
        response: { 200: snapshotReply, 304: notModified, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // The ETag alone, from memory, decides a 304: an unchanged project is not read at all.
      const etag = await store.currentEtag(id);
      if (etag === undefined) throw notFound(id);
      if (!noneMatch(request.headers['if-none-match'], etag))
        // No payload at all: send(null) would be serialised to `null` and announced as Content-Length: 4.
        return versioned(reply.status(304), etag).send();
      const stored = await store.get(id);
      if (!stored) throw notFound(id);
      if (stored.problem) throw new DamagedProjectError(id, stored.problem, stored.etag);
      return sendStored(reply, stored);
    },
  );

  app.get(
    '/api/projects/:id/raw',
    {
      schema: {
        summary: "Download a project's stored file exactly as it is, damaged or not",
        description:
          'The bytes on disk as an attachment named {id}.json, with their ETag: what a damaged project (listed with `damaged: true`) can still give, to be repaired by hand and sent back with PUT and that ETag in If-Match.',
        params: ProjectParams,
        response: { 200: rawFile, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const stored = await store.get(id);
      if (!stored) throw notFound(id);
      // Not JSON as far as the browser knows (it may be anything now): a download, never a page.
      return versioned(reply, stored.etag)
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${id}.json"`)
        .send(stored.bytes);
    },
  );

  app.post(
    '/api/projects',
    {
      schema: {
        summary: 'Store a new project under a new id',
        headers: Type.Object({ prefer: preferHeader }),
        body: DraftBody,
        response: { 201: writeReply, ...errors },
      },
    },
    async (request, reply) => {
      const now = new Date().toISOString();
      const draft = request.body;
      const stored = await store.create(draft.file(stamp(draft.meta, { id: randomUUID(), createdAt: now, updatedAt: now })));
      reply.status(201).header('location', `/api/projects/${stored.meta.id}`);
      return sendWritten(reply, stored, request.headers.prefer);
    },
  );

  app.put(
    '/api/projects/:id',
    {
      schema: {
        summary: 'Replace a project; If-Match must carry the ETag it was read with',
        params: ProjectParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()), prefer: preferHeader }),
        body: DraftBody,
        response: { 200: writeReply, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const ifMatch = requireIfMatch(request.headers['if-match']);
      const draft = request.body;
      if (draft.meta.id !== undefined && draft.meta.id !== id) {
        throw new HttpError(400, `meta.id "${draft.meta.id}" does not match the project "${id}" in the URL.`, [
          { path: '/meta/id', message: `Expected "${id}" or nothing.` },
        ]);
      }
      const stored = await store.replace(id, ifMatchCondition(ifMatch), (current) =>
        draft.file(
          stamp(draft.meta, { id, createdAt: current.createdAt, updatedAt: later(new Date().toISOString(), current.updatedAt) }),
        ),
      );
      return sendWritten(reply, stored, request.headers.prefer);
    },
  );

  app.delete(
    '/api/projects/:id',
    {
      schema: {
        summary: 'Move a project, with its history, to the trash (If-Match optional)',
        params: ProjectParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      await store.remove(request.params.id, ifMatch === undefined ? () => true : ifMatchCondition(ifMatch));
      return reply.status(204).send(null);
    },
  );
};
