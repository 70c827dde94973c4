import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space of the e2e run: fixture builds, registries, data folders. Not committed. */
export const WORK = fileURLToPath(new URL('../.work/', import.meta.url));
/** Where the fixture remotes are built, each in `<name>/`, served from a second origin. */
export const FIXTURE_DIST = `${WORK}remotes/`;
