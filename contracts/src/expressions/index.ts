/**
 * The expression language of `{{…}}` in text props and flow step values, shared by every editor and the
 * live preview. It is small on purpose, and safe to run on any text a project holds:
 *
 * - variables (`count`, `user`), numbers (`1`, `2.5`, `1e3`), strings (`'a'`, `"b\n"`), `true`, `false`, `null`;
 * - `+ - * / %`, `== != < <= > >=` (`===` and `!==` mean `==` and `!=`), `&& ||`, unary `!` and `-`, `( )`;
 * - reading a property of an object or array: `user.name`, `items.length` (own properties only; never
 *   `__proto__`, `constructor` or `prototype`).
 *
 * Nothing else: no calls, assignment, `new`, `this`, literals of arrays, objects or templates. Parsing is our
 * own, evaluating is a walk over that tree: no `eval`, no `new Function`, so it runs under a CSP without
 * `unsafe-eval`. All offsets are JavaScript string indices (UTF-16 code units), `end` exclusive.
 */
export type {
  BinaryExpr,
  BinaryOperator,
  Expr,
  ExpressionError,
  LiteralExpr,
  MemberExpr,
  UnaryExpr,
  UnaryOperator,
  VariableExpr,
} from './ast.js';
export { type EvaluateResult, evaluate } from './evaluate.js';
export { FORBIDDEN_PROPERTIES, MAX_EXPRESSION_LENGTH, MAX_NESTING } from './limits.js';
export { expressionNames, referencedNames } from './names.js';
export { type ParseResult, parseExpression } from './parse.js';
export {
  evaluateTemplateValue,
  type RenderedSegment,
  renderTemplate,
  type TemplateError,
  type TemplateValueResult,
} from './render.js';
export { type Scope, type ScopeLookup, scopeFromRecord } from './scope.js';
export {
  describeSyntaxError,
  syntaxMarker,
  type TemplateSyntaxError,
  templateSyntaxErrors,
  templateWarning,
} from './syntaxErrors.js';
export { parseTemplate, type TemplatePart } from './template.js';
