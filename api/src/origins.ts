/** Web origins (`scheme://host[:port]`): the unit browsers trust code by, and so the unit of every allow-list here. */

/** Reads one configured origin, e.g. `https://cdn.example.com`; anything more or less than an origin is refused. */
export function parseOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not an origin such as https://cdn.example.com.`);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!/^https?:$/.test(url.protocol) || !bare) {
    throw new Error(`"${text}" is not an origin such as https://cdn.example.com: only http(s), a host and a port.`);
  }
  return url.origin;
}

/** A comma-separated list of origins, normalized and without repeats; empty or missing is none. */
export function parseOriginList(text: string | undefined): string[] {
  const items = (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items.map(parseOrigin))];
}

// Two bases no entry can name both of: a URL that keeps either base's origin is relative to the page.
const BASE_A = 'http://a.same-origin.invalid/';
const BASE_B = 'https://b.same-origin.invalid/';

/**
 * Where a browser would fetch `url` from when a page resolves it: `'self'` for a relative URL
 * (including `/path`), the origin for an absolute one (including `//host/path`), `null` for
 * schemes that have no origin to trust (`data:`, `javascript:`, `blob:`) or an unreadable URL.
 */
export function originOfUrl(url: string): string | null {
  let a: URL;
  let b: URL;
  try {
    a = new URL(url, BASE_A);
    b = new URL(url, BASE_B);
  } catch {
    return null;
  }
  if (a.origin === new URL(BASE_A).origin && b.origin === new URL(BASE_B).origin) return 'self';
  if (a.href !== b.href || !/^https?:$/.test(a.protocol)) return null;
  return a.origin;
}
