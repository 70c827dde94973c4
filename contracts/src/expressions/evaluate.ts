import type { BinaryExpr, Expr, ExpressionError, MemberExpr } from './ast.js';
import { ExpressionFailure } from './failure.js';
import { FORBIDDEN_PROPERTIES } from './limits.js';
import type { Scope } from './scope.js';
import { describeType, isJsonValue, isTruthy, jsonEqual } from './values.js';

export type EvaluateResult = { ok: true; value: unknown } | { ok: false; error: ExpressionError };

/**
 * Evaluates a parsed expression by walking its tree; there is no code generation, so it runs under a
 * Content-Security-Policy without `unsafe-eval`. Never throws: every failure (unknown variable, wrong types,
 * division by zero, a scope that throws) is an error at the offsets of the node that caused it.
 */
export function evaluate(ast: Expr, scope: Scope): EvaluateResult {
  try {
    return { ok: true, value: evaluateNode(ast, scope) };
  } catch (failure) {
    if (failure instanceof ExpressionFailure) return { ok: false, error: failure.error };
    // A hand-built tree too deep for the stack, or a scope value that is not what it claims to be.
    const start = typeof ast?.start === 'number' ? ast.start : 0;
    const end = typeof ast?.end === 'number' ? ast.end : start;
    return { ok: false, error: { message: 'Expression could not be evaluated', start, end } };
  }
}

function evaluateNode(node: Expr, scope: Scope): unknown {
  switch (node.type) {
    case 'literal':
      if (!isJsonValue(node.value)) throw new ExpressionFailure('Not a JSON value', node.start, node.end);
      return node.value;
    case 'variable': {
      const lookup = scope(node.name);
      if (!lookup.found) throw new ExpressionFailure(`Unknown variable "${node.name}"`, node.start, node.end);
      if (!isJsonValue(lookup.value)) {
        throw new ExpressionFailure(`Variable "${node.name}" does not hold a JSON value`, node.start, node.end);
      }
      return lookup.value;
    }
    case 'member':
      return readMember(node, evaluateNode(node.object, scope));
    case 'unary': {
      const value = evaluateNode(node.argument, scope);
      if (node.operator === '!') return !isTruthy(value);
      if (node.operator !== '-') throw new ExpressionFailure(`Unknown operator "${String(node.operator)}"`, node.start, node.end);
      if (typeof value !== 'number') {
        throw new ExpressionFailure(`"-" needs a number, got ${describeType(value)}`, node.start, node.end);
      }
      return -value;
    }
    case 'binary':
      return evaluateBinary(node, scope);
    default:
      throw new ExpressionFailure('Unknown kind of expression', 0, 0);
  }
}

function readMember(node: MemberExpr, object: unknown): unknown {
  const { property, propertyStart: start, end } = node;
  if (FORBIDDEN_PROPERTIES.has(property)) throw new ExpressionFailure(`The property "${property}" cannot be read`, start, end);
  if (typeof object !== 'object' || object === null) {
    throw new ExpressionFailure(`Cannot read "${property}" of ${describeType(object)}`, start, end);
  }
  const descriptor = Object.getOwnPropertyDescriptor(object, property);
  if (descriptor === undefined) {
    const owner = describePath(node.object) ?? 'The value';
    throw new ExpressionFailure(`${owner} has no property "${property}"`, start, end);
  }
  // Only plain data is read: a getter would run code the expression's author does not control.
  if (!('value' in descriptor) || !isJsonValue(descriptor.value)) {
    throw new ExpressionFailure(`The property "${property}" does not hold a JSON value`, start, end);
  }
  return descriptor.value;
}

/** `user.address` for a chain of names, for messages; undefined for anything else. */
function describePath(node: Expr): string | undefined {
  if (node.type === 'variable') return node.name;
  if (node.type !== 'member') return undefined;
  const object = describePath(node.object);
  return object === undefined ? undefined : `${object}.${node.property}`;
}

function evaluateBinary(node: BinaryExpr, scope: Scope): unknown {
  const { operator } = node;
  const left = evaluateNode(node.left, scope);
  // Short-circuit as in JavaScript, returning an operand: `d != 0 && n / d` never divides by zero.
  if (operator === '&&') return isTruthy(left) ? evaluateNode(node.right, scope) : left;
  if (operator === '||') return isTruthy(left) ? left : evaluateNode(node.right, scope);
  const right = evaluateNode(node.right, scope);
  const fail = (message: string): never => {
    throw new ExpressionFailure(message, node.start, node.end);
  };
  const got = `got ${describeType(left)} and ${describeType(right)}`;

  switch (operator) {
    case '==':
      return jsonEqual(left, right);
    case '!=':
      return !jsonEqual(left, right);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const comparable =
        (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
      if (!comparable) return fail(`"${operator}" needs two numbers or two strings, ${got}`);
      const [a, b] = [left as number | string, right as number | string];
      return operator === '<' ? a < b : operator === '<=' ? a <= b : operator === '>' ? a > b : a >= b;
    }
    case '+':
      if (typeof left === 'string' || typeof right === 'string') {
        const other = typeof left === 'string' ? right : left;
        if (typeof other === 'object' && other !== null) return fail(`"+" cannot join ${describeType(other)} to a string`);
        return String(left) + String(right);
      }
      if (typeof left !== 'number' || typeof right !== 'number') return fail(`"+" needs two numbers or a string, ${got}`);
      return finite(left + right, node);
    case '-':
    case '*':
    case '/':
    case '%': {
      if (typeof left !== 'number' || typeof right !== 'number') return fail(`"${operator}" needs two numbers, ${got}`);
      if ((operator === '/' || operator === '%') && right === 0) {
        throw new ExpressionFailure('Division by zero', node.right.start, node.right.end);
      }
      const result =
        operator === '-' ? left - right : operator === '*' ? left * right : operator === '/' ? left / right : left % right;
      return finite(result, node);
    }
    default:
      // Only a tree built by hand can get here.
      return fail(`Unknown operator "${String(operator)}"`);
  }
}

/** JSON has no Infinity: a result too large for a number is an error rather than a value that cannot be saved. */
function finite(value: number, node: Expr): number {
  if (!Number.isFinite(value)) throw new ExpressionFailure('The result is too large for a number', node.start, node.end);
  return value;
}
