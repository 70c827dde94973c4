// Buys the user one message with line and column in every browser: JSON.parse's errors differ, Safari's have no place.
/** Where JSON text stops being JSON, and why. */
export interface JsonSyntaxError {
  message: string;
  /** 1-based, counted in UTF-16 code units like the text box counts them. */
  line: number;
  column: number;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The first syntax error in `text`: undefined when JSON.parse accepts it (or, rarely, when the text nests deeper
 * than this reader's stack).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    const end = value(text, space(text, 0));
    const after = space(text, end);
    if (after < text.length) throw new Stop(after, 'Unexpected text after the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return undefined;
    return { message: error.message, ...lineAndColumn(text, error.offset) };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Stops at `at`, where `expected` was due: worded for the end of the text when it ends there. */
function expected(text: string, at: number, what: string): Stop {
  return new Stop(at, at >= text.length ? `Unexpected end of text: expected ${what}` : `Expected ${what}`);
}

function space(text: string, at: number): number {
  let i = at;
  while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  return i;
}

/** Reads one value starting at `at` (no space before it); returns the offset just after it. */
function value(text: string, at: number): number {
  const char = text.charAt(at);
  if (at >= text.length) throw expected(text, at, 'a value');
  if (char === '{') return object(text, at);
  if (char === '[') return array(text, at);
  if (char === '"') return string(text, at);
  if (char === '-' || (char >= '0' && char <= '9')) return number(text, at);
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, at)) return at + literal.length;
  throw new Stop(at, `Unexpected character ${JSON.stringify(char)}: expected a value`);
}

function object(text: string, at: number): number {
  let i = space(text, at + 1);
  if (text.charAt(i) === '}') return i + 1;
  for (;;) {
    if (text.charAt(i) !== '"') throw expected(text, i, 'a property name in double quotes');
    i = space(text, string(text, i));
    if (text.charAt(i) !== ':') throw expected(text, i, "':' after the property name");
    i = space(text, value(text, space(text, i + 1)));
    if (text.charAt(i) === '}') return i + 1;
    if (text.charAt(i) !== ',') throw expected(text, i, "',' or '}' after a property value");
    i = space(text, i + 1);
  }
}

function array(text: string, at: number): number {
  let i = space(text, at + 1);
  if (text.charAt(i) === ']') return i + 1;
  for (;;) {
    i = space(text, value(text, i));
    if (text.charAt(i) === ']') return i + 1;
    if (text.charAt(i) !== ',') throw expected(text, i, "',' or ']' after an array element");
    i = space(text, i + 1);
  }
}

const ESCAPES = '"\\/bfnrt';

function string(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    if (i >= text.length) throw new Stop(at, 'Unterminated string');
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) throw new Stop(i, 'Line breaks and control characters in a string must be escaped');
    if (code === 0x5c) {
      const escapeChar = text.charAt(i + 1);
      if (escapeChar === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'Expected four hex digits after \\u');
        i += 6;
      } else if (escapeChar !== '' && ESCAPES.includes(escapeChar)) {
        i += 2;
      } else {
        throw new Stop(i, 'Invalid escape in a string');
      }
    } else {
      i++;
    }
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function number(text: string, at: number): number {
  NUMBER.lastIndex = at;
  const match = NUMBER.exec(text);
  // A match that stops early ("1." or "01") leaves a character no value may continue with.
  if (!match) throw new Stop(at, 'Invalid number');
  const end = at + match[0].length;
  if (/[0-9.eE+-]/.test(text.charAt(end))) throw new Stop(at, 'Invalid number');
  return end;
}
