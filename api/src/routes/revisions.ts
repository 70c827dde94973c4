import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError, Id, ProjectParams, RevisionSummary } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import { ifMatchCondition } from '../conditional.js';
import { type ProjectStore, RevisionNotFoundError } from '../store/ProjectStore.js';
import { withStoredMeta } from '../store/storedMeta.js';
import {
  errors,
  notFound,
  preferHeader,
  requireIfMatch,
  sendJson,
  sendStored,
  sendWritten,
  snapshotReply,
  writeReply,
} from './replies.js';
import { later, stamp } from './stamp.js';

export interface RevisionRoutesOptions {
  store: ProjectStore;
}

/** A path's parts are strings: the revision is a whole number from 1, no longer than a safe integer's digits. */
const RevisionParams = Type.Object(
  { id: Id, rev: Type.String({ pattern: '^[1-9][0-9]{0,14}$', description: 'The revision number, from 1.' }) },
  { additionalProperties: false },
);

/** A project's history: every version stored, each one readable and restorable. */
export const revisionRoutes: FastifyPluginAsyncTypebox<RevisionRoutesOptions> = async (app, { store }) => {
  app.get(
    '/api/projects/:id/revisions',
    {
      schema: {
        summary: "List a project's stored versions, newest (the current one) first",
        params: ProjectParams,
        response: { 200: Type.Array(RevisionSummary), 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const json = await store.revisionsJson(id);
      if (!json) throw notFound(id);
      return sendJson(reply.header('cache-control', 'no-cache'), json);
    },
  );

  app.get(
    '/api/projects/:id/revisions/:rev',
    {
      schema: {
        summary: 'Read one stored version of a project, exactly as stored, with its ETag',
        params: RevisionParams,
        response: { 200: snapshotReply, 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const { id, rev } = request.params;
      const stored = await store.revision(id, Number(rev));
      if (!stored) {
        if ((await store.currentEtag(id)) === undefined) throw notFound(id);
        throw new RevisionNotFoundError(id, Number(rev));
      }
      return sendStored(reply, stored);
    },
  );

  app.post(
    '/api/projects/:id/revisions/:rev/restore',
    {
      schema: {
        summary:
          'Make an earlier version the current one, as a new version (the ones in between stay); If-Match must carry the current ETag',
        params: RevisionParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()), prefer: preferHeader }),
        response: { 200: writeReply, ...errors },
      },
    },
    async (request, reply) => {
      const { id, rev } = request.params;
      const ifMatch = requireIfMatch(request.headers['if-match']);
      const stored = await store.restoreRevision(id, Number(rev), ifMatchCondition(ifMatch), (current, revision) => {
        // The version's content, name and description; the project's id and creation; a date after the current one's.
        const updatedAt = later(new Date().toISOString(), current.updatedAt);
        const meta = stamp(revision.meta, { id, createdAt: current.createdAt, updatedAt });
        return { meta, bytes: withStoredMeta(revision.bytes, meta) };
      });
      return sendWritten(reply, stored, request.headers.prefer);
    },
  );
};
