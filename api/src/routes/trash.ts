import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError, ProjectParams, ProjectSummary, TrashedProject } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import type { ProjectStore } from '../store/ProjectStore.js';
import { versioned } from './replies.js';

export interface TrashRoutesOptions {
  store: ProjectStore;
}

/** Deleted projects, kept with their history for a while (TRASH_DAYS): listed, brought back, or removed for good. */
export const trashRoutes: FastifyPluginAsyncTypebox<TrashRoutesOptions> = async (app, { store }) => {
  app.get(
    '/api/trash',
    {
      schema: {
        summary: 'List deleted projects, most recently deleted first',
        response: { 200: Type.Array(TrashedProject) },
      },
    },
    async () => store.trash(),
  );

  app.post(
    '/api/trash/:id/restore',
    {
      schema: {
        summary: 'Bring a deleted project back under its id, as it was; 409 if that id is in use again',
        description: 'Answers with the project as the project list shows it, its ETag (the version restored) and its Location.',
        params: ProjectParams,
        response: { 200: ProjectSummary, 400: ApiError, 404: ApiError, 409: ApiError },
      },
    },
    async (request, reply) => {
      const { meta, etag, bytes } = await store.restoreFromTrash(request.params.id);
      versioned(reply, etag).header('location', `/api/projects/${meta.id}`);
      return { id: meta.id, name: meta.name, updatedAt: meta.updatedAt, size: bytes.length };
    },
  );

  app.delete(
    '/api/trash/:id',
    {
      schema: {
        summary: 'Remove a deleted project, with its history, for good',
        params: ProjectParams,
        response: { 204: Type.Null(), 400: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      await store.purge(request.params.id);
      return reply.status(204).send(null);
    },
  );
};
