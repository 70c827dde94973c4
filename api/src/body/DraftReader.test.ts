import { afterEach, describe, expect, it } from 'vitest';
import { draft } from '../testing/tempStore.js';
import { DraftReader } from './DraftReader.js';

const reader = new DraftReader();
afterEach(() => reader.close());

describe('DraftReader', () => {
  it('gives each of many concurrent reads its own draft’s reading', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Project ${i}`);
    const readings = await Promise.all(names.map((name) => reader.read(Buffer.from(JSON.stringify(draft(name))))));
    expect(readings.map((r) => (r.kind === 'valid' ? r.meta.name : r.kind))).toEqual(names);
  });

  it('can be started before the first draft, and reads drafts the same', async () => {
    reader.start();
    reader.start();
    expect(await reader.read(Buffer.from(JSON.stringify(draft('Early'))))).toMatchObject({
      kind: 'valid',
      meta: { name: 'Early' },
    });
  });

  it('starts again after it was stopped, and fails the reads it was doing', async () => {
    const cut = reader.read(Buffer.from(JSON.stringify(draft('Cut off'))));
    await reader.close();
    await expect(cut).rejects.toThrow(/stopped/);
    const again = await reader.read(Buffer.from(JSON.stringify(draft('Again'))));
    expect(again).toMatchObject({ kind: 'valid', meta: { name: 'Again' } });
  });
});
