/**
 * Which requests a previewed page's flows may send. The preview runs in the editor's own page, so its requests
 * carry the editor's origin: a flow that reached the editor's API could read, change or delete any project, and
 * a page can come from anyone (an imported file). So:
 * - the editor's API (`/api`, however the path is spelled) is never reachable;
 * - anything else on the editor's server only when same-origin requests are allowed for the project;
 * - only http and https.
 * "The editor's server" is its origin, and also any loopback name or its own host name on its port: from
 * `localhost:3000`, `http://127.0.0.1:3000/api/…` is another origin but the same server.
 */

export interface RequestRules {
  /** The editor page's address (`location.href`): what relative URLs resolve against, and whose server to guard. */
  editorUrl: string;
  /** The page may call the editor's own origin, outside `/api`. Off unless allowed for the project. */
  sameOriginAllowed: boolean;
}

export const API_REFUSAL =
  'The preview refuses requests to the editor’s own API (/api/…): a page must not read or change your projects.';
export const SAME_ORIGIN_REFUSAL =
  'The preview refuses requests to the editor’s own address unless “Same-origin requests” is allowed for this project.';
export const SCHEME_REFUSAL = 'The preview sends only http and https requests.';

/** Why the preview refuses to send `url`, or undefined when it may. */
export function requestRefusal(url: string, { editorUrl, sameOriginAllowed }: RequestRules): string | undefined {
  let target: URL;
  const editor = new URL(editorUrl);
  try {
    target = new URL(url, editor);
  } catch {
    return `“${url}” is not an address.`;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return SCHEME_REFUSAL;
  if (!onEditorServer(target, editor)) return undefined;
  if (isApiPath(target.pathname)) return API_REFUSAL;
  return sameOriginAllowed ? undefined : SAME_ORIGIN_REFUSAL;
}

function onEditorServer(target: URL, editor: URL): boolean {
  if (target.origin === editor.origin) return true;
  if (portOf(target) !== portOf(editor)) return false;
  const name = bareHost(target.hostname);
  return name === bareHost(editor.hostname) || isLoopback(name);
}

const portOf = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

/** `localhost.` names the same host as `localhost`. */
const bareHost = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '');

/**
 * Names that reach this machine. URL has already written IPv4 in dotted decimal (`2130706433`, `0x7f.1` →
 * `127.0.0.1`) and IPv6 compressed (`[::ffff:127.0.0.1]` → `[::ffff:7f00:1]`).
 */
function isLoopback(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(name) ||
    name === '0.0.0.0' ||
    name === '[::1]' ||
    name === '[::]' ||
    /^\[::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\]$/.test(name)
  );
}

/**
 * Whether the server would route `pathname` to its API. The server decodes percent escapes (`/%61pi/` is `/api/`)
 * and resolves dot segments; its routes are case-sensitive, but this is not: a stricter server must not open a gap.
 * Decoded until nothing changes (`%2561` → `%61` → `a`), then resolved again, as `..%2F` only becomes a dot
 * segment once decoded.
 */
export function isApiPath(pathname: string): boolean {
  let path = pathname;
  for (let previous = ''; previous !== path; ) {
    previous = path;
    path = path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  // Appended to an origin, not resolved against one: a decoded `//api` must stay a path, not become a host.
  const resolved = new URL(`http://x/${path.replaceAll('\\', '/')}`).pathname;
  const first = resolved.split('/').find((segment) => segment !== '' && segment !== '.');
  return first?.split(';')[0]?.trim().toLowerCase() === 'api';
}
