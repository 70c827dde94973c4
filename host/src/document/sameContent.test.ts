import { copyRecord } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { sameContent } from './sameContent.js';

describe('sameContent', () => {
  it('compares JSON values by content, as a saved document is compared with the open one', () => {
    expect(sameContent({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameContent({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameContent({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameContent([1, 2], [1, 2, 3])).toBe(false);
    expect(sameContent([], {})).toBe(false);
    expect(sameContent({}, [])).toBe(false);
    expect(sameContent(null, {})).toBe(false);
    expect(sameContent('1', 1)).toBe(false);
  });

  it('finds an edited entry of a copied record, and an entry edited back as the same', () => {
    const saved = Object.freeze(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`n${i}`, { text: `t${i}` }])));
    const edited = copyRecord(saved);
    edited.n999 = { text: 'changed' };
    expect(sameContent(edited, saved)).toBe(false);
    const back = copyRecord(edited);
    back.n999 = { text: 't999' };
    expect(sameContent(back, saved)).toBe(true);
  });
});
