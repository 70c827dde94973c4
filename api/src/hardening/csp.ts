/**
 * The editor page's Content-Security-Policy. The host runs code from its own origin and from the
 * origins of the remotes the registry lists (Module Federation: a `<script src>` per remote, and a
 * `fetch` of its mf-manifest.json); a remote's build also brings its CSS, fonts and images from there.
 * Nothing else runs: no eval, no inline script, no plugins, no framing.
 */
export function cspDirectives(remoteOrigins: readonly string[]): Record<string, string[]> {
  const code = ["'self'", ...remoteOrigins];
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': code,
    'script-src-attr': ["'none'"],
    'connect-src': code,
    // Inline styles: the toast library adds a <style> element and React sets style properties.
    'style-src': [...code, "'unsafe-inline'"],
    // The preview shows images the user links to.
    'img-src': [...code, 'data:', 'https:'],
    'font-src': [...code, 'data:'],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
  };
}

export function cspHeader(remoteOrigins: readonly string[]): string {
  return Object.entries(cspDirectives(remoteOrigins))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
