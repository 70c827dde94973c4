import { type Static, Type } from '@sinclair/typebox';
import { Id, IsoDateTime, Name } from './primitives.js';

/** Every error reply of the API. `details` locates each problem of a rejected body. */
export const ApiError = Type.Object(
  {
    statusCode: Type.Integer({ minimum: 400, maximum: 599 }),
    error: Type.String({ description: 'The HTTP reason phrase.' }),
    message: Type.String(),
    details: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { $id: 'ApiError', additionalProperties: false },
);
export type ApiError = Static<typeof ApiError>;

export const ProjectSummary = Type.Object(
  {
    id: Id,
    name: Name,
    updatedAt: IsoDateTime,
    /** The stored file's length in bytes: with the date and id, what tells projects of one name apart. */
    size: Type.Optional(Type.Integer({ minimum: 0 })),
    /**
     * The stored file cannot be read as a project (truncated, not JSON, its meta missing or unusable): it can only be
     * downloaded, replaced or deleted. Its name is what could be read (else the file's name), its date the file's.
     */
    damaged: Type.Optional(Type.Literal(true)),
    /** What is wrong with a damaged file, in words. */
    problem: Type.Optional(Type.String()),
  },
  { $id: 'ProjectSummary', additionalProperties: false },
);
export type ProjectSummary = Static<typeof ProjectSummary>;

export const ProjectParams = Type.Object({ id: Id }, { additionalProperties: false });
export type ProjectParams = Static<typeof ProjectParams>;

/** One stored version of a project, as the history lists it (newest first, the current version first). */
export const RevisionSummary = Type.Object(
  {
    /** Grows by one with every version stored for the project; never reused. */
    rev: Type.Integer({ minimum: 1 }),
    /** The version's strong ETag: what GET /api/projects/:id answered while it was current. */
    etag: Type.String(),
    updatedAt: IsoDateTime,
    name: Name,
    /** The stored file's length in bytes. */
    bytes: Type.Integer({ minimum: 0 }),
  },
  { $id: 'RevisionSummary', additionalProperties: false },
);
export type RevisionSummary = Static<typeof RevisionSummary>;

/** A deleted project waiting in the trash, with its history, until it is restored or its time runs out. */
export const TrashedProject = Type.Object(
  { id: Id, name: Name, deletedAt: IsoDateTime },
  { $id: 'TrashedProject', additionalProperties: false },
);
export type TrashedProject = Static<typeof TrashedProject>;
