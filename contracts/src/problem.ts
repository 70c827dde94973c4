/** One thing wrong with a document, located by its JSON Pointer (RFC 6901), e.g. `/componentTree/rootIds/0`. */
export interface Problem {
  path: string;
  message: string;
}

/** Escapes one key for a JSON Pointer. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
