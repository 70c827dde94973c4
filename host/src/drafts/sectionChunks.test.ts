import { describe, expect, it } from 'vitest';
import { CHUNK_ENTRIES, joinSection, splitSection } from './sectionChunks.js';

const nodes = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`n-${count - i}`, { id: `n-${count - i}`, props: {} }]));

describe('a section split for keeping', () => {
  it('keeps a record of more than a chunk of entries in chunks, and joins back the same section, key order included', () => {
    const section = { nodes: nodes(2 * CHUNK_ENTRIES + 1), rootIds: ['n-1'], flags: { a: true } };
    const split = splitSection(section);
    expect(split.records.nodes?.map((chunk) => chunk.length)).toEqual([CHUNK_ENTRIES, CHUNK_ENTRIES, 1]);
    expect(split.rest).toEqual({ rootIds: ['n-1'], flags: { a: true } });
    const joined = joinSection(split);
    expect(joined).toEqual(section);
    expect(Object.keys(joined)).toEqual(['nodes', 'rootIds', 'flags']);
    expect(Object.keys(joined.nodes as object)).toEqual(Object.keys(section.nodes));
  });

  it('leaves small records, arrays and class instances whole', () => {
    const section = { nodes: nodes(CHUNK_ENTRIES), ids: Array.from({ length: 5000 }, (_, i) => i), when: new Date(0) };
    expect(splitSection(section).records).toEqual({});
  });

  it('gives back a chunk written before when its entries are the same objects, and a new one where an entry changed or moved', () => {
    const record = nodes(3 * CHUNK_ENTRIES);
    const before = splitSection({ nodes: record }).records;
    const kept = (section: Record<string, unknown>) =>
      splitSection(section, before).records.nodes?.map((chunk, i) => chunk === before.nodes?.[i]);
    expect(kept({ nodes: { ...record, 'n-1500': { id: 'n-1500', props: { content: 'typed' } } } })).toEqual([true, false, true]);
    const { 'n-3000': first, ...rest } = record;
    expect(kept({ nodes: { ...rest, 'n-3000': first } })).toEqual([false, false, false]);
    expect(kept({ nodes: { ...record, 'n-new': { id: 'n-new', props: {} } } })).toEqual([true, true, true, false]);
  });
});
