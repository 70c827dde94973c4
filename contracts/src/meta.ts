import { type Static, Type } from '@sinclair/typebox';
import { Id, IsoDateTime, Name } from './primitives.js';

export const ProjectMeta = Type.Object(
  {
    id: Id,
    name: Name,
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
  { additionalProperties: false },
);
export type ProjectMeta = Static<typeof ProjectMeta>;

/** Meta as a client sends it: the server assigns the id and both dates. */
export const ProjectMetaDraft = Type.Object(
  {
    id: Type.Optional(Id),
    name: Name,
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    createdAt: Type.Optional(IsoDateTime),
    updatedAt: Type.Optional(IsoDateTime),
  },
  { additionalProperties: false },
);
export type ProjectMetaDraft = Static<typeof ProjectMetaDraft>;
