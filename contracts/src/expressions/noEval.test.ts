import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The editor runs under a Content-Security-Policy without `unsafe-eval`: code generation would break there,
// and would turn any project text into code. Test files are left out, as they hold such text as input.
const folder = new URL('./', import.meta.url);
const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const FORBIDDEN = [/\beval\s*\(/, /\bFunction\s*\(/];

describe('the expression sources', () => {
  it('are found', () => {
    expect(sources).toEqual(expect.arrayContaining(['index.ts', 'lexer.ts', 'parse.ts', 'evaluate.ts', 'template.ts']));
  });

  it.each(sources)('%s calls neither eval nor Function', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8');
    for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
  });
});
