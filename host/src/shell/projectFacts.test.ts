import { describe, expect, it } from 'vitest';
import { filterByName, formatSize, shortId } from './projectFacts.js';

const project = (id: string, name: string) => ({ id, name, updatedAt: '2026-12-01T10:00:00.000Z' });

describe('the facts that tell projects apart', () => {
  it('writes sizes as people read them', () => {
    expect([0, 1, 512, 2048, 1536 * 1024].map(formatSize)).toEqual(['0 bytes', '1 byte', '512 bytes', '2.0 KB', '1.5 MB']);
  });

  it('shortens an id to its first eight characters', () => {
    expect(shortId('3f2a9c1e-77b0-4c1d-9e1a-0b9c2d3e4f50')).toBe('3f2a9c1e');
    expect(shortId('p1')).toBe('p1');
  });

  it('filters by name in any case, ignoring spaces around what was typed, keeping the order', () => {
    const list = [project('a', 'Landing page'), project('b', 'Pricing'), project('c', 'Landing page (imported)')];
    expect(filterByName(list, ' LANDING ').map((p) => p.id)).toEqual(['a', 'c']);
    expect(filterByName(list, '').map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(filterByName(list, 'nothing')).toEqual([]);
  });
});
