/**
 * Whether a `Prefer` header (RFC 7240) asks for `return=minimal`. Preferences are separated by commas, each a
 * name with an optional value and parameters after semicolons; names are case-insensitive, a value may be quoted,
 * and only the first `return` counts (§2).
 */
export function prefersMinimal(header: string | undefined): boolean {
  for (const preference of header?.split(',') ?? []) {
    const [name = '', value = ''] = (preference.split(';')[0] ?? '').split('=');
    if (name.trim().toLowerCase() !== 'return') continue;
    const unquoted = value.trim().replace(/^"(.*)"$/, '$1');
    return unquoted.toLowerCase() === 'minimal';
  }
  return false;
}
