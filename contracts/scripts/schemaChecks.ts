import { CATALOGUE } from '../src/catalogue.js';
import { nodePropsSchema } from '../src/sections/nodeProps.js';
import { SECTION_SCHEMAS, SnapshotDraftEnvelope, SnapshotEnvelope } from '../src/snapshot.js';
import { checkerModule } from './checkerCode.js';

const HEADER = `// Generated from the TypeBox schemas by \`npm run checks -w contracts\` (scripts/schemaChecks.ts): do not edit.
// The checks checkSnapshot runs first; TypeBox explains a value only when one of them fails.`;

/** The text of src/compiled/schemaChecks.ts. */
export function schemaChecksModule(): string {
  const nodeProps = Object.fromEntries(Object.values(CATALOGUE).map((spec) => [spec.type, nodePropsSchema(spec)]));
  return checkerModule(
    {
      isSnapshotEnvelope: SnapshotEnvelope,
      isSnapshotDraftEnvelope: SnapshotDraftEnvelope,
      sectionChecks: SECTION_SCHEMAS,
      nodePropsChecks: nodeProps,
    },
    {
      // The function TypeBox's FormatRegistry holds for the format (a test makes sure).
      formats: { 'date-time': { name: 'isIsoDateTime', from: '../primitives.js' } },
      depthFrom: '../depth.js',
      header: HEADER,
    },
  );
}
