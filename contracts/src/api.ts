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
  },
  { $id: 'ProjectSummary', additionalProperties: false },
);
export type ProjectSummary = Static<typeof ProjectSummary>;

export const ProjectParams = Type.Object({ id: Id }, { additionalProperties: false });
export type ProjectParams = Static<typeof ProjectParams>;
