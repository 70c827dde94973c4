import type { ExpressionError } from './ast.js';

/**
 * Thrown inside the parser and evaluator to leave deep recursion at once; always caught at the public
 * functions, which return it as `{ ok: false, error }`.
 */
export class ExpressionFailure extends Error {
  readonly error: ExpressionError;

  constructor(message: string, start: number, end: number) {
    super(message);
    this.error = { message, start, end };
  }
}
