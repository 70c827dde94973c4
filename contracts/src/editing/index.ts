/** What the domain editors share beyond the snapshot's shapes: draft boxes, entity lookups and names, JSON checks. */
export { isDeepJsonValue, jsonEqual } from '../expressions/values.js';
export * from './changeSummary.js';
export * from './drafts.js';
export * from './entities.js';
export * from './optionsOnFocus.js';
