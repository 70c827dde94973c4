import { type Static, Type } from '@sinclair/typebox';
import { IDENTIFIER_PATTERN, Name } from './primitives.js';

/** One federated domain editor the host loads at run time. */
export const RemoteEntry = Type.Object(
  {
    /** The snapshot section (and reducer path) the remote owns. */
    key: Type.String({ pattern: IDENTIFIER_PATTERN, description: 'A JavaScript-style identifier.' }),
    /** The Module Federation name the remote was built with. */
    name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$', description: 'A Module Federation container name.' }),
    /** URL of the remote's mf-manifest.json, absolute or relative to the page. */
    entry: Type.String({
      minLength: 1,
      maxLength: 2000,
      pattern: 'mf-manifest\\.json$',
      description: 'A URL ending in mf-manifest.json.',
    }),
    /** The semver range of the domain contract this host accepts from it, e.g. "^2". */
    contract: Type.String({ minLength: 1, maxLength: 50 }),
    title: Type.Optional(Name),
  },
  { additionalProperties: false },
);
export type RemoteEntry = Static<typeof RemoteEntry>;

export const RemoteRegistry = Type.Array(RemoteEntry);
export type RemoteRegistry = Static<typeof RemoteRegistry>;
