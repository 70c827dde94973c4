import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError, ProjectMeta, ProjectParams, ProjectSummary, type SnapshotDraft } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { DraftReader } from '../body/DraftReader.js';
import { DraftBody, registerDraftBody } from '../body/draftBody.js';
import { ifMatchCondition, noneMatch } from '../conditional.js';
import { HttpError } from '../errors.js';
import { prefersMinimal } from '../prefer.js';
import type { ProjectStore, StoredProject } from '../store/ProjectStore.js';

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
const errors = { 400: ApiError, 404: ApiError, 412: ApiError, 428: ApiError };
const snapshotReply = {
  description: 'The stored snapshot, exactly as on disk.',
  content: { 'application/json': { schema: Type.Object({}, { additionalProperties: true }) } },
};
/** A write's reply: the snapshot stored, or with `Prefer: return=minimal` its meta only. */
const writeReply = {
  description:
    'The stored snapshot, exactly as on disk; with `Prefer: return=minimal`, only its meta (`Preference-Applied: return=minimal`).',
  content: {
    'application/json': { schema: Type.Union([Type.Object({}, { additionalProperties: true }), ProjectMeta]) },
  },
};
const preferHeader = Type.Optional(
  Type.String({ description: '`return=minimal`: answer with the stored meta, not the whole snapshot just sent (RFC 7240).' }),
);

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
      schema: { summary: 'Read a project', params: ProjectParams, response: { 200: snapshotReply, 304: notModified, ...errors } },
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
      return sendStored(reply, stored);
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
      const ifMatch = request.headers['if-match'];
      if (ifMatch === undefined) {
        throw new HttpError(
          428,
          'Send If-Match with the ETag you read the project with, so that no one else’s change is overwritten.',
        );
      }
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
        summary: 'Delete a project (If-Match optional)',
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

const notFound = (id: string) => new HttpError(404, `No project with id "${id}".`);

/** The draft's meta with what the server owns: id and dates. */
function stamp(
  { name, description }: SnapshotDraft['meta'],
  owned: Pick<ProjectMeta, 'id' | 'createdAt' | 'updatedAt'>,
): ProjectMeta {
  return {
    id: owned.id,
    name,
    ...(description === undefined ? {} : { description }),
    createdAt: owned.createdAt,
    updatedAt: owned.updatedAt,
  };
}

/** `now`, or just after `previous` if the clock is behind it: updatedAt only ever moves forward. */
function later(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

function sendStored(reply: FastifyReply, stored: StoredProject) {
  return sendJson(versioned(reply, stored.etag), stored.bytes);
}

/** A reply about one version of a project: its ETag, and to be checked again before any reuse. */
function versioned(reply: FastifyReply, etag: string) {
  return reply.header('etag', etag).header('cache-control', 'no-cache');
}

/**
 * A write's reply. The client just sent the snapshot: asked for the minimal reply, it gets only what the server
 * changed, the meta, and not the whole document back to read again.
 */
function sendWritten(reply: FastifyReply, stored: StoredProject, prefer: string | undefined) {
  if (!prefersMinimal(prefer)) return sendStored(reply, stored);
  versioned(reply, stored.etag).header('preference-applied', 'return=minimal');
  return sendJson(reply, Buffer.from(JSON.stringify(stored.meta)));
}

/** Bytes that are JSON already, sent as they are: a Buffer skips Fastify's response serialisation. */
function sendJson(reply: FastifyReply, bytes: Buffer) {
  return reply.type('application/json; charset=utf-8').send(bytes);
}
