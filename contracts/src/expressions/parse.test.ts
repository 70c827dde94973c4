import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { parseExpression } from './parse.js';

/** The tree written back with every operation in parentheses, to compare shapes briefly. */
function show(ast: Expr): string {
  switch (ast.type) {
    case 'literal':
      return JSON.stringify(ast.value);
    case 'variable':
      return ast.name;
    case 'member':
      return `${show(ast.object)}.${ast.property}`;
    case 'unary':
      return `(${ast.operator}${show(ast.argument)})`;
    case 'binary':
      return `(${show(ast.left)} ${ast.operator} ${show(ast.right)})`;
  }
}

function shape(source: string): string {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return show(result.ast);
}

function errorOf(source: string) {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`${source} parsed`);
  return result.error;
}

describe('parseExpression: literals and names', () => {
  it('reads numbers, booleans, null and names', () => {
    expect(shape('42')).toBe('42');
    expect(shape('2.5')).toBe('2.5');
    expect(shape('.5')).toBe('0.5');
    expect(shape('1e3')).toBe('1000');
    expect(shape('1.5E-2')).toBe('0.015');
    expect(shape('true')).toBe('true');
    expect(shape('false')).toBe('false');
    expect(shape('null')).toBe('null');
    expect(shape('$count_2')).toBe('$count_2');
    expect(shape('_')).toBe('_');
  });

  it('reads both quotes and backslash escapes', () => {
    const value = (source: string) => {
      const result = parseExpression(source);
      return result.ok && result.ast.type === 'literal' ? result.ast.value : 'not a literal';
    };
    expect(value(`'it\\'s'`)).toBe("it's");
    expect(value(`"say \\"hi\\""`)).toBe('say "hi"');
    expect(value(`'a"b'`)).toBe('a"b');
    expect(value(`"a'b"`)).toBe("a'b");
    expect(value(`'\\n\\r\\t\\b\\f\\v\\0\\\\'`)).toBe('\n\r\t\b\f\v\0\\');
    expect(value(`'\\x41\\u0042\\u{1F600}'`)).toBe('AB😀');
    expect(value(`'\\q'`)).toBe('q');
    expect(value(`''`)).toBe('');
  });

  it('keeps offsets of every node', () => {
    const result = parseExpression(' user.name + 1');
    expect(result).toMatchObject({
      ok: true,
      ast: {
        type: 'binary',
        start: 1,
        end: 14,
        left: { type: 'member', start: 1, end: 10, propertyStart: 6, object: { type: 'variable', start: 1, end: 5 } },
        right: { type: 'literal', value: 1, start: 13, end: 14 },
      },
    });
  });

  it('reads === and !== as == and !=', () => {
    expect(shape('a === b')).toBe('(a == b)');
    expect(shape('a !== b')).toBe('(a != b)');
  });

  it('refuses bad numbers and strings where they are', () => {
    expect(errorOf('1 + 0x1F')).toEqual({ message: 'Invalid number "0x1F"', start: 4, end: 8 });
    expect(errorOf('1_000')).toEqual({ message: 'Invalid number "1_000"', start: 0, end: 5 });
    expect(errorOf('1e400')).toEqual({ message: 'Number is too large', start: 0, end: 5 });
    expect(errorOf(`a + 'open`)).toEqual({ message: 'Unterminated string', start: 4, end: 9 });
    expect(errorOf(`'line\nbreak'`)).toEqual({ message: 'Unterminated string', start: 0, end: 5 });
    expect(errorOf(`'\\x4'`)).toEqual({ message: 'Invalid escape sequence', start: 1, end: 4 });
    expect(errorOf(`'\\u{110000}'`)).toEqual({ message: 'Invalid escape sequence', start: 1, end: 11 });
    expect(errorOf('a # b')).toEqual({ message: 'Unexpected character "#"', start: 2, end: 3 });
    expect(errorOf('café')).toEqual({ message: 'Unexpected character "é"', start: 3, end: 4 });
  });
});

describe('parseExpression: precedence and parentheses', () => {
  it('binds * / % tighter than + -, and both left to right', () => {
    expect(shape('1 + 2 * 3')).toBe('(1 + (2 * 3))');
    expect(shape('1 * 2 + 3')).toBe('((1 * 2) + 3)');
    expect(shape('1 - 2 - 3')).toBe('((1 - 2) - 3)');
    expect(shape('8 / 4 / 2')).toBe('((8 / 4) / 2)');
    expect(shape('7 % 4 * 2')).toBe('((7 % 4) * 2)');
  });

  it('orders comparison, equality, && and || as JavaScript does', () => {
    expect(shape('a + 1 < b * 2')).toBe('((a + 1) < (b * 2))');
    expect(shape('a < b == c >= d')).toBe('((a < b) == (c >= d))');
    expect(shape('a == b && c != d')).toBe('((a == b) && (c != d))');
    expect(shape('a || b && c')).toBe('(a || (b && c))');
    expect(shape('a && b || c && d')).toBe('((a && b) || (c && d))');
    expect(shape('a <= b > c')).toBe('((a <= b) > c)');
  });

  it('binds unary operators tighter than binary ones, and member access tightest', () => {
    expect(shape('-a * b')).toBe('((-a) * b)');
    expect(shape('!a && b')).toBe('((!a) && b)');
    expect(shape('!a == b')).toBe('((!a) == b)');
    expect(shape('-user.age')).toBe('(-user.age)');
    expect(shape('!!a')).toBe('(!(!a))');
    expect(shape('- -1')).toBe('(-(-1))');
    expect(shape('1 - -1')).toBe('(1 - (-1))');
  });

  it('lets parentheses override, and counts them in the offsets', () => {
    expect(shape('(1 + 2) * 3')).toBe('((1 + 2) * 3)');
    expect(shape('-(a + b)')).toBe('(-(a + b))');
    expect(shape('a && (b || c)')).toBe('(a && (b || c))');
    expect(shape('((a))')).toBe('a');
    expect(parseExpression('(a + b) * c')).toMatchObject({ ast: { left: { start: 0, end: 7 } } });
  });
});

describe('parseExpression: member access', () => {
  it('reads chains of properties, including reserved words as property names', () => {
    expect(shape('a.b.c')).toBe('a.b.c');
    expect(shape('a . b')).toBe('a.b');
    expect(shape('item.new')).toBe('item.new');
    expect(shape('(a).b')).toBe('a.b');
  });

  it('refuses __proto__, constructor and prototype at the property name', () => {
    expect(errorOf('a.__proto__')).toEqual({ message: 'The property "__proto__" cannot be read', start: 2, end: 11 });
    expect(errorOf('x + a.constructor')).toEqual({ message: 'The property "constructor" cannot be read', start: 6, end: 17 });
    expect(errorOf('a.b.prototype')).toEqual({ message: 'The property "prototype" cannot be read', start: 4, end: 13 });
  });

  it('needs a name after the dot', () => {
    expect(errorOf('a.')).toEqual({ message: 'Unexpected end of expression: expected a property name', start: 2, end: 2 });
    expect(errorOf('a.(b)')).toEqual({ message: 'Expected a property name after "."', start: 2, end: 3 });
  });
});

describe('parseExpression: refused constructs, each at its place', () => {
  it.each([
    ['calls', 'eval("1")', 'Function calls are not allowed', 0, 5],
    ['calls of members', 'x + a.b(1)', 'Function calls are not allowed', 4, 8],
    ['calls of anything', '(a)()', 'Function calls are not allowed', 0, 4],
    ['Function', 'Function("return 1")', 'Function calls are not allowed', 0, 9],
    ['assignment', 'a = 1', 'Assignment is not allowed', 2, 3],
    ['compound assignment', 'a += 1', 'Assignment is not allowed', 2, 4],
    ['logical assignment', 'a ||= 1', 'Assignment is not allowed', 2, 5],
    ['assignment to members', 'a.b = 1', 'Assignment is not allowed', 4, 5],
    ['increments', 'a++', 'Increment and decrement are not allowed', 1, 3],
    ['decrements', '--a', 'Increment and decrement are not allowed', 0, 2],
    ['this', 'this.x', '"this" is not allowed', 0, 4],
    ['new', 'new Date()', '"new" is not allowed', 0, 3],
    ['typeof', 'typeof a', '"typeof" is not allowed', 0, 6],
    ['function', 'function () {}', '"function" is not allowed', 0, 8],
    ['array literals', '1 + [1, 2]', 'Array literals are not allowed', 4, 5],
    ['object literals', '{ a: 1 }', 'Object literals are not allowed', 0, 1],
    ['index access', 'items[0]', 'Index access with "[…]" is not allowed; use a.b', 5, 6],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template string is what is tested
    ['template strings', '`a${b}`', 'Template strings are not allowed', 0, 1],
    ['tagged templates', 'tag`a`', 'Template strings are not allowed', 3, 4],
    ['arrow functions', 'x => x', 'Arrow functions are not allowed', 2, 4],
    ['exponent', '2 ** 3', 'Unknown operator "**"', 2, 4],
    ['bitwise xor', 'a ^ b', 'Unknown operator "^"', 2, 3],
    ['bitwise and', 'a & b', 'Unknown operator "&"', 2, 3],
    ['shifts', 'a << 2', 'Unknown operator "<<"', 2, 4],
    ['nullish', 'a ?? b', 'Unknown operator "??"', 2, 4],
    ['optional chaining', 'a?.b', 'Unknown operator "?."', 1, 3],
    ['conditional', 'a ? b : c', 'Unknown operator "?"', 2, 3],
    ['in', '"x" in a', 'Unknown operator "in"', 4, 6],
    ['instanceof', 'a instanceof b', 'Unknown operator "instanceof"', 2, 12],
    ['unary plus', '+a', 'Unary "+" is not allowed', 0, 1],
    ['bitwise not', '~a', 'Unexpected "~"', 0, 1],
    ['commas', 'a, b', 'Unexpected ","', 1, 2],
    ['statements', 'a; b', 'Unexpected ";"', 1, 2],
    ['spread', '...a', 'Unexpected "..."', 0, 3],
    ['regular expressions', '/a/', 'Unexpected "/"', 0, 1],
  ])('%s', (_, source, message, start, end) => {
    expect(errorOf(source)).toEqual({ message, start, end });
  });
});

describe('parseExpression: incomplete and extra input', () => {
  it('reports where the expression stops too early', () => {
    expect(errorOf('1 +')).toEqual({ message: 'Unexpected end of expression: expected a value', start: 3, end: 3 });
    expect(errorOf('!')).toEqual({ message: 'Unexpected end of expression: expected a value', start: 1, end: 1 });
    expect(errorOf('x + (1 * 2')).toEqual({ message: 'Missing ")" to close this "("', start: 4, end: 5 });
  });

  it('reports what is left over', () => {
    expect(errorOf('a b')).toEqual({ message: 'Unexpected "b": expected an operator', start: 2, end: 3 });
    expect(errorOf('1 "two"')).toEqual({ message: 'Unexpected ""two"": expected an operator', start: 2, end: 7 });
    expect(errorOf('(a))')).toEqual({ message: 'Unexpected ")"', start: 3, end: 4 });
    expect(errorOf('()')).toEqual({ message: 'Unexpected ")"', start: 1, end: 2 });
  });

  it('calls empty source empty', () => {
    expect(errorOf('')).toEqual({ message: 'Empty expression', start: 0, end: 0 });
    expect(errorOf('  \n ')).toEqual({ message: 'Empty expression', start: 0, end: 4 });
  });
});
