// Writes src/compiled/schemaChecks.ts from the TypeBox schemas: checks that need no code generation at run time.
import { writeFileSync } from 'node:fs';
import { schemaChecksModule } from './schemaChecks.js';

const target = new URL('../src/compiled/schemaChecks.ts', import.meta.url);
writeFileSync(target, schemaChecksModule());
console.log(`wrote ${target.pathname}`);
