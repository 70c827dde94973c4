import { describe, expect, it } from 'vitest';
import { originOfUrl, parseOrigin, parseOriginList } from './origins.js';

describe('parseOriginList', () => {
  it('reads a comma-separated list of http(s) origins, normalized, without repeats', () => {
    expect(parseOriginList(undefined)).toEqual([]);
    expect(parseOriginList(' ')).toEqual([]);
    expect(parseOriginList('https://CDN.example.com/, http://127.0.0.1:4000,https://cdn.example.com:443')).toEqual([
      'https://cdn.example.com',
      'http://127.0.0.1:4000',
    ]);
  });

  it.each([
    '*',
    'cdn.example.com',
    'https://cdn.example.com/remotes',
    'https://cdn.example.com?x=1',
    'https://user@cdn.example.com',
    'ftp://cdn.example.com',
    'javascript:alert(1)',
  ])('refuses %s, which is not an origin', (text) => {
    expect(() => parseOrigin(text)).toThrow('is not an origin such as https://cdn.example.com');
  });
});

describe('originOfUrl', () => {
  it('is the page itself for relative URLs, the origin for absolute ones', () => {
    expect(originOfUrl('/remotes/variables/mf-manifest.json')).toBe('self');
    expect(originOfUrl('remotes/variables/mf-manifest.json')).toBe('self');
    expect(originOfUrl('../mf-manifest.json')).toBe('self');
    expect(originOfUrl('https://cdn.example.com/v/2.1.0/mf-manifest.json')).toBe('https://cdn.example.com');
    expect(originOfUrl('http://127.0.0.1:4000/mf-manifest.json')).toBe('http://127.0.0.1:4000');
  });

  it.each([
    '//evil.example/mf-manifest.json',
    '\\\\evil.example/mf-manifest.json',
    'http:evil.example/mf-manifest.json',
    'data:text/javascript,alert(1)//mf-manifest.json',
    'javascript:alert(1)//mf-manifest.json',
    'blob:https://evil.example/mf-manifest.json',
  ])('has no origin to trust for %s', (url) => {
    expect(originOfUrl(url)).toBeNull();
  });
});
