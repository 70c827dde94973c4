import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { richSnapshot } from '../src/testing/fixtures.js';
import { snapshotJsonSchema } from './snapshotJsonSchema.js';

const published = readFileSync(new URL('../snapshot.schema.json', import.meta.url), 'utf8');

describe('snapshot.schema.json', () => {
  it('is what the TypeBox source generates (run `npm run schema -w contracts` when this fails)', () => {
    expect(published).toBe(snapshotJsonSchema());
  });

  it('lets an independent JSON Schema validator accept a valid export and reject a broken one', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(published));
    expect(validate(richSnapshot())).toBe(true);

    const broken = richSnapshot() as unknown as { componentTree: { nodes: { page: { children: unknown } } } };
    broken.componentTree.nodes.page.children = 'title';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/componentTree/nodes/page/children');
  });
});
