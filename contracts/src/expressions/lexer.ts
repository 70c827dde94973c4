import { ExpressionFailure } from './failure.js';

export type Token =
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'name'; value: string; start: number; end: number }
  | { kind: 'punct'; value: string; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

/**
 * Every punctuator of JavaScript we may meet, longest first. Most are not in the language: they are still read
 * as one token so that the parser can name them (`Unknown operator "**"`, `Assignment is not allowed`)
 * instead of stumbling over their first character.
 */
const PUNCTUATORS = [
  '>>>=',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '>>>',
  '&&=',
  '||=',
  '??=',
  '...',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '=>',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**',
  '<<',
  '>>',
  ...'+-*/%<>!=()[]{}.,;:?~^&|`',
];

const NAME = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD_CHARS = /[A-Za-z0-9_$]*/y;
const SPACE = /\s/;

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/**
 * Reads tokens one at a time, on demand, so that the first problem in reading order is the one reported
 * (a backtick is refused as a template string before anything inside it is looked at).
 */
export class Lexer {
  private position = 0;
  private peeked: Token | undefined;

  constructor(private readonly source: string) {}

  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private read(): Token {
    const { source } = this;
    while (this.position < source.length && SPACE.test(source.charAt(this.position))) this.position++;
    const start = this.position;
    if (start >= source.length) return { kind: 'end', start, end: start };
    const char = source.charAt(start);

    if (char === '"' || char === "'") return this.readString(char);
    if (/\d/.test(char) || (char === '.' && /\d/.test(source.charAt(start + 1)))) return this.readNumber();

    const name = match(NAME, source, start);
    if (name !== undefined) {
      this.position += name.length;
      return { kind: 'name', value: name, start, end: this.position };
    }

    const punct = PUNCTUATORS.find((p) => source.startsWith(p, start));
    if (punct !== undefined) {
      this.position += punct.length;
      return { kind: 'punct', value: punct, start, end: this.position };
    }

    const shown = String.fromCodePoint(source.codePointAt(start) ?? 0);
    throw new ExpressionFailure(`Unexpected character "${shown}"`, start, start + shown.length);
  }

  private readNumber(): Token {
    const start = this.position;
    const digits = match(NUMBER, this.source, start) ?? '';
    // A letter, digit or `_` right after a number (0x1F, 1_000, 2px, 1e) makes it something we do not read.
    const tail = match(WORD_CHARS, this.source, start + digits.length) ?? '';
    if (tail !== '') {
      const end = start + digits.length + tail.length;
      throw new ExpressionFailure(`Invalid number "${this.source.slice(start, end)}"`, start, end);
    }
    this.position = start + digits.length;
    const value = Number(digits);
    if (!Number.isFinite(value)) throw new ExpressionFailure('Number is too large', start, this.position);
    return { kind: 'number', value, start, end: this.position };
  }

  private readString(quote: string): Token {
    const { source } = this;
    const start = this.position;
    let value = '';
    let i = start + 1;
    for (;;) {
      if (i >= source.length) throw new ExpressionFailure('Unterminated string', start, source.length);
      const char = source.charAt(i);
      if (char === quote) break;
      if (char === '\n' || char === '\r') throw new ExpressionFailure('Unterminated string', start, i);
      if (char !== '\\') {
        value += char;
        i++;
        continue;
      }
      const [text, length] = this.readEscape(i);
      value += text;
      i += length;
    }
    this.position = i + 1;
    return { kind: 'string', value, start, end: this.position };
  }

  /** The text of the escape sequence whose backslash is at `at`, and how many characters it spans. */
  private readEscape(at: number): [string, number] {
    const { source } = this;
    const char = source.charAt(at + 1);
    if (at + 1 >= source.length) throw new ExpressionFailure('Unterminated string', at, source.length);
    const simple = SIMPLE_ESCAPES[char];
    if (simple !== undefined) return [simple, 2];
    if (char === '\r' && source.charAt(at + 2) === '\n') return ['', 3]; // line continuation
    if (char === '\n' || char === '\r') return ['', 2];
    if (char === 'x') return [this.hexEscape(at, 2, 2), 4];
    if (char === 'u' && source.charAt(at + 2) === '{') {
      const close = source.indexOf('}', at + 3);
      const hex = close === -1 ? '' : source.slice(at + 3, close);
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
      if (!(code <= 0x10ffff)) {
        throw new ExpressionFailure('Invalid escape sequence', at, close === -1 ? at + 2 : close + 1);
      }
      return [String.fromCodePoint(code), close + 1 - at];
    }
    if (char === 'u') return [this.hexEscape(at, 2, 4), 6];
    // As in JavaScript, any other escaped character stands for itself: \' \" \\ \/ …
    return [char, 2];
  }

  private hexEscape(at: number, skip: number, digits: number): string {
    const hex = this.source.slice(at + skip, at + skip + digits);
    const valid = /^[0-9a-fA-F]*/.exec(hex)?.[0].length ?? 0;
    if (valid < digits) throw new ExpressionFailure('Invalid escape sequence', at, at + skip + valid);
    return String.fromCharCode(Number.parseInt(hex, 16));
  }
}

/** The text `pattern` (a sticky regex) matches at `at`, if any non-empty. */
function match(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  const found = pattern.exec(source)?.[0];
  return found === '' ? undefined : found;
}
