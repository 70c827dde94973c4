import { Snapshot } from '../src/snapshot.js';

/** The published JSON Schema of a snapshot, as the text of snapshot.schema.json. */
export function snapshotJsonSchema(): string {
  return `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...Snapshot }, null, 2)}\n`;
}
