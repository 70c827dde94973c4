import { describe, expect, it } from 'vitest';
import { retainedBytes } from './retainedBytes.js';

const tree = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, { id: `n${i}`, props: { text: 'hello' } }]));

describe('retainedBytes', () => {
  it('counts nothing for what the two share', () => {
    const nodes = tree(100);
    expect(retainedBytes(nodes, nodes)).toBe(0);
    expect(retainedBytes({ nodes }, { nodes })).toBeLessThan(100);
  });

  it('counts a changed node and the records on the way to it, not the unchanged nodes', () => {
    const nodes = tree(1000);
    const edited = { ...nodes, n5: { ...nodes.n5, props: { text: 'bye' } } };
    const one = retainedBytes({ nodes }, { nodes: edited });
    const all = retainedBytes({ nodes }, {});
    expect(one).toBeGreaterThan(1000 * 16);
    expect(one).toBeLessThan(all / 3);
  });

  it('counts the whole of what was removed', () => {
    const small = retainedBytes({ nodes: tree(10) }, {});
    const large = retainedBytes({ nodes: tree(1000) }, {});
    expect(large).toBeGreaterThan(small * 50);
  });
});
