// The two semver functions the loader needs, in a chunk of their own.
export { default as major } from 'semver/functions/major.js';
export { default as satisfies } from 'semver/functions/satisfies.js';
