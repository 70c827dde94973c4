// The contract's checkers, bundled as a chunk of their own (see loadChecks.ts).
export { checkSnapshot, RemoteRegistry, schemaProblems } from '@psb/contracts';
