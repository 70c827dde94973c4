// Writes snapshot.schema.json from the TypeBox source, so other tools can validate an export.
import { writeFileSync } from 'node:fs';
import { snapshotJsonSchema } from './snapshotJsonSchema.js';

const target = new URL('../snapshot.schema.json', import.meta.url);
writeFileSync(target, snapshotJsonSchema());
console.log(`wrote ${target.pathname}`);
