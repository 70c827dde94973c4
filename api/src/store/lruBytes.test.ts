import { describe, expect, it } from 'vitest';
import { LruBytes } from './lruBytes.js';

const value = (size: number) => ({ bytes: Buffer.alloc(size) });

describe('LruBytes', () => {
  it('drops the least recently used values once the total passes the budget', () => {
    const cache = new LruBytes(10);
    cache.set('a', value(4));
    cache.set('b', value(4));
    cache.get('a');
    cache.set('c', value(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.totalBytes).toBe(8);
  });

  it('counts a replaced or deleted value once, and keeps nothing larger than the budget', () => {
    const cache = new LruBytes(10);
    cache.set('a', value(4));
    cache.set('a', value(6));
    expect(cache.totalBytes).toBe(6);
    cache.set('big', value(11));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    cache.delete('a');
    cache.delete('a');
    expect(cache.totalBytes).toBe(0);
    expect(new LruBytes(0).totalBytes).toBe(0);
  });
});
