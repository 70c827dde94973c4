/** What the domain editors share beyond the snapshot's shapes: draft boxes, entity lookups and names, JSON checks. */
export { isDeepJsonValue } from '../expressions/values.js';
export * from './drafts.js';
export * from './entities.js';
export * from './optionsOnFocus.js';
