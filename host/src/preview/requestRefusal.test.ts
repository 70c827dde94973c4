import { describe, expect, it } from 'vitest';
import { API_REFUSAL, requestRefusal, SAME_ORIGIN_REFUSAL, SCHEME_REFUSAL } from './requestRefusal.js';

const EDITOR = 'http://localhost:3000/projects/abc';
const refusal = (url: string, { sameOriginAllowed = false, editorUrl = EDITOR } = {}) =>
  requestRefusal(url, { editorUrl, sameOriginAllowed });

describe('requestRefusal', () => {
  // Each way of naming the editor's API, refused even when same-origin requests are allowed.
  it.each([
    ['its path', '/api/projects/other'],
    ['its path alone', '/api'],
    ['with a query', '/api?x=1'],
    ['its full address', 'http://localhost:3000/api/projects/other'],
    ['a scheme-relative address', '//localhost:3000/api/projects/other'],
    ['its host name with a trailing dot, in capitals', 'http://LOCALHOST.:3000/api/projects'],
    ['https on its port', 'https://localhost:3000/api/projects'],
    ['127.0.0.1 on its port: another origin, the same server', 'http://127.0.0.1:3000/api/projects/other'],
    ['another loopback address', 'http://127.1.2.3:3000/api/projects'],
    ['127.0.0.1 written as a number', 'http://2130706433:3000/api/projects'],
    ['127.0.0.1 written in hex', 'http://0x7f.1:3000/api/projects'],
    ['IPv6 loopback', 'http://[::1]:3000/api/projects'],
    ['IPv4 loopback in IPv6', 'http://[::ffff:127.0.0.1]:3000/api/projects'],
    ['0.0.0.0', 'http://0.0.0.0:3000/api/projects'],
    ['a name under localhost', 'http://evil.localhost:3000/api/projects'],
    ['capitals', '/API/projects/other'],
    ['a percent-escaped letter', '/%61pi/projects/other'],
    ['every letter escaped', '/%61%70%69/projects/other'],
    ['an escape escaped twice', '/%2561pi/projects/other'],
    ['a dot segment', '/x/../api/projects/other'],
    ['an escaped dot segment', '/x/%2e%2e/api/projects/other'],
    ['an escaped slash after dots', '/x/..%2Fapi/projects/other'],
    ['an escaped slash after it', '/api%2Fprojects/other'],
    ['backslashes', '\\api\\projects\\other'],
    ['doubled slashes', '/.//api//projects'],
    ['a single dot', '/./api/projects'],
    ['a path relative to the editor’s page', '../api/projects/other'],
  ])('refuses the API by %s: %s', (_, url) => {
    expect(refusal(url)).toBe(API_REFUSAL);
    expect(refusal(url, { sameOriginAllowed: true })).toBe(API_REFUSAL);
  });

  it('refuses ./api from an editor page at the root, where it is the API', () => {
    expect(refusal('./api/projects', { editorUrl: 'http://localhost:3000/', sameOriginAllowed: true })).toBe(API_REFUSAL);
  });

  // The editor's own server outside its API: refused unless allowed for the project.
  it.each([
    ['a file of the editor', '/remotes/registry.json'],
    ['./api under the editor’s page, which is not the API', './api/projects'],
    ['a path that only starts like the API', '/apis/x'],
    ['the server’s health', 'http://127.0.0.1:3000/healthz'],
  ])('refuses %s unless same-origin requests are allowed: %s', (_, url) => {
    expect(refusal(url)).toBe(SAME_ORIGIN_REFUSAL);
    expect(refusal(url, { sameOriginAllowed: true })).toBeUndefined();
  });

  it.each([
    ['another server on this machine', 'http://localhost:4000/api/users'],
    ['another site', 'https://example.com/api/projects/other'],
  ])('lets through %s: %s', (_, url) => {
    expect(refusal(url)).toBeUndefined();
  });

  it.each(['data:application/json,{}', 'blob:http://localhost:3000/1234', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses anything but http and https: %s',
    (url) => {
      expect(refusal(url, { sameOriginAllowed: true })).toBe(SCHEME_REFUSAL);
    },
  );

  it('refuses what is not an address', () => {
    expect(refusal('http://[nope/api')).toBe('“http://[nope/api” is not an address.');
  });
});
