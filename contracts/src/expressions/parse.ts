import type { BinaryOperator, Expr, ExpressionError } from './ast.js';
import { ExpressionFailure } from './failure.js';
import { Lexer, type Token } from './lexer.js';
import { FORBIDDEN_PROPERTIES, MAX_EXPRESSION_LENGTH, MAX_NESTING } from './limits.js';

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ExpressionError };

/** Binary operators and how tightly they bind (higher first), as in JavaScript. All are left-associative. */
const BINARY: Readonly<Record<string, { operator: BinaryOperator; power: number }>> = {
  '||': { operator: '||', power: 1 },
  '&&': { operator: '&&', power: 2 },
  '==': { operator: '==', power: 3 },
  '===': { operator: '==', power: 3 },
  '!=': { operator: '!=', power: 3 },
  '!==': { operator: '!=', power: 3 },
  '<': { operator: '<', power: 4 },
  '<=': { operator: '<=', power: 4 },
  '>': { operator: '>', power: 4 },
  '>=': { operator: '>=', power: 4 },
  '+': { operator: '+', power: 5 },
  '-': { operator: '-', power: 5 },
  '*': { operator: '*', power: 6 },
  '/': { operator: '/', power: 6 },
  '%': { operator: '%', power: 6 },
};

const ASSIGNMENTS = new Set([
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '**=',
  '<<=',
  '>>=',
  '>>>=',
  '&=',
  '|=',
  '^=',
  '&&=',
  '||=',
  '??=',
]);
const UNKNOWN_OPERATORS = new Set(['**', '??', '?.', '?', ':', '^', '&', '|', '~', '<<', '>>', '>>>', 'in', 'instanceof']);

/** JavaScript's reserved words: none of them means anything here, so none can name a variable either. */
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends finally for ' +
    'function if implements import in instanceof interface let new package private protected public return static ' +
    'super switch this throw try typeof var void while with yield'
  ).split(' '),
);

const KEYWORD_VALUES: Readonly<Record<string, boolean | null>> = { true: true, false: false, null: null };

const LONGEST_SHOWN = 30;

/**
 * Parses one expression of the language described in `./index.ts`. Never throws: anything outside
 * the language is an error with a message and the offsets of the offending place in `source`.
 */
export function parseExpression(source: string): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const message = `Expression is too long (${source.length} characters; at most ${MAX_EXPRESSION_LENGTH})`;
    return { ok: false, error: { message, start: MAX_EXPRESSION_LENGTH, end: source.length } };
  }
  try {
    return { ok: true, ast: new Parser(source).parseAll() };
  } catch (failure) {
    if (failure instanceof ExpressionFailure) return { ok: false, error: failure.error };
    // Not reachable by design (nesting is bounded); kept so that the promise "never throws" holds regardless.
    return { ok: false, error: { message: 'Expression could not be read', start: 0, end: source.length } };
  }
}

/** A Pratt parser: `binary` loops over operators of one precedence and recurses only for tighter ones. */
class Parser {
  private readonly lexer: Lexer;
  private depth = 0;

  constructor(private readonly source: string) {
    this.lexer = new Lexer(source);
  }

  parseAll(): Expr {
    if (this.lexer.peek().kind === 'end') throw new ExpressionFailure('Empty expression', 0, this.source.length);
    const expr = this.binary(0);
    const rest = this.lexer.peek();
    // `binary` stops only at the end or at a ")", which here has no "(" to close.
    if (rest.kind !== 'end') throw new ExpressionFailure('Unexpected ")"', rest.start, rest.end);
    return expr;
  }

  /** Runs `parse` one nesting level deeper, refusing to go past MAX_NESTING; `at` is what opens the level. */
  private nest(at: Token, parse: () => Expr): Expr {
    if (this.depth >= MAX_NESTING) {
      throw new ExpressionFailure(`Expression is nested too deeply (more than ${MAX_NESTING} levels)`, at.start, at.end);
    }
    this.depth++;
    const expr = parse();
    this.depth--;
    return expr;
  }

  private binary(minPower: number): Expr {
    let left = this.unary();
    for (;;) {
      const token = this.lexer.peek();
      if (token.kind === 'end' || (token.kind === 'punct' && token.value === ')')) return left;
      const binary = token.kind === 'punct' ? BINARY[token.value] : undefined;
      if (binary === undefined) throw this.afterOperand(token);
      if (binary.power <= minPower) return left;
      this.lexer.next();
      const right = this.nest(token, () => this.binary(binary.power));
      left = { type: 'binary', operator: binary.operator, left, right, start: left.start, end: right.end };
    }
  }

  private unary(): Expr {
    const token = this.lexer.peek();
    if (token.kind === 'punct' && (token.value === '!' || token.value === '-')) {
      const operator = token.value;
      this.lexer.next();
      const argument = this.nest(token, () => this.unary());
      return { type: 'unary', operator, argument, start: token.start, end: argument.end };
    }
    return this.postfix();
  }

  private postfix(): Expr {
    let expr = this.primary();
    for (;;) {
      const token = this.lexer.peek();
      if (token.kind !== 'punct') return expr;
      switch (token.value) {
        case '.': {
          this.lexer.next();
          const name = this.lexer.next();
          if (name.kind !== 'name') {
            if (name.kind === 'end') {
              throw new ExpressionFailure('Unexpected end of expression: expected a property name', name.start, name.end);
            }
            throw new ExpressionFailure('Expected a property name after "."', name.start, name.end);
          }
          if (FORBIDDEN_PROPERTIES.has(name.value)) {
            throw new ExpressionFailure(`The property "${name.value}" cannot be read`, name.start, name.end);
          }
          expr = {
            type: 'member',
            object: expr,
            property: name.value,
            propertyStart: name.start,
            start: expr.start,
            end: name.end,
          };
          break;
        }
        case '(':
          throw new ExpressionFailure('Function calls are not allowed', expr.start, token.end);
        case '[':
          throw new ExpressionFailure('Index access with "[…]" is not allowed; use a.b', token.start, token.end);
        case '`':
          throw new ExpressionFailure('Template strings are not allowed', token.start, token.end);
        default:
          return expr;
      }
    }
  }

  private primary(): Expr {
    const token = this.lexer.next();
    const { start, end } = token;
    switch (token.kind) {
      case 'end':
        throw new ExpressionFailure('Unexpected end of expression: expected a value', start, end);
      case 'number':
      case 'string':
        return { type: 'literal', value: token.value, start, end };
      case 'name':
        if (Object.hasOwn(KEYWORD_VALUES, token.value)) {
          return { type: 'literal', value: KEYWORD_VALUES[token.value] ?? null, start, end };
        }
        if (RESERVED.has(token.value)) throw new ExpressionFailure(`"${token.value}" is not allowed`, start, end);
        return { type: 'variable', name: token.value, start, end };
      case 'punct':
        return this.primaryPunct(token);
    }
  }

  private primaryPunct(token: Token & { kind: 'punct' }): Expr {
    const { start, end } = token;
    switch (token.value) {
      case '(': {
        const inner = this.nest(token, () => this.binary(0));
        const close = this.lexer.next();
        // `binary` stops only at ")" or at the end.
        if (close.kind === 'end') throw new ExpressionFailure('Missing ")" to close this "("', start, end);
        return { ...inner, start, end: close.end };
      }
      case '[':
        throw new ExpressionFailure('Array literals are not allowed', start, end);
      case '{':
        throw new ExpressionFailure('Object literals are not allowed', start, end);
      case '`':
        throw new ExpressionFailure('Template strings are not allowed', start, end);
      case '++':
      case '--':
        throw new ExpressionFailure('Increment and decrement are not allowed', start, end);
      case '+':
        throw new ExpressionFailure('Unary "+" is not allowed', start, end);
      default:
        if (ASSIGNMENTS.has(token.value)) throw new ExpressionFailure('Assignment is not allowed', start, end);
        throw new ExpressionFailure(`Unexpected "${token.value}"`, start, end);
    }
  }

  /** The error for a token that follows a complete operand but is no binary operator of the language. */
  private afterOperand(token: Token): ExpressionFailure {
    const { start, end } = token;
    if (token.kind === 'punct' || token.kind === 'name') {
      const value = token.value;
      if (ASSIGNMENTS.has(value)) return new ExpressionFailure('Assignment is not allowed', start, end);
      if (UNKNOWN_OPERATORS.has(value)) return new ExpressionFailure(`Unknown operator "${value}"`, start, end);
      if (value === '=>') return new ExpressionFailure('Arrow functions are not allowed', start, end);
      if (value === '++' || value === '--') return new ExpressionFailure('Increment and decrement are not allowed', start, end);
      if (token.kind === 'punct') return new ExpressionFailure(`Unexpected "${value}"`, start, end);
    }
    let text = this.source.slice(start, end);
    if (text.length > LONGEST_SHOWN) text = `${text.slice(0, LONGEST_SHOWN)}…`;
    return new ExpressionFailure(`Unexpected "${text}": expected an operator`, start, end);
  }
}
