/**
 * The syntax tree of an expression. Every node carries `start` and `end`: offsets (UTF-16 code units, as
 * JavaScript string indices) into the source it was parsed from, `end` exclusive, so errors found while
 * evaluating can point at the place that caused them.
 */
export type Expr = LiteralExpr | VariableExpr | MemberExpr | UnaryExpr | BinaryExpr;

/** A place in the source and what is wrong there, worded for people. */
export interface ExpressionError {
  message: string;
  start: number;
  end: number;
}

export interface LiteralExpr {
  type: 'literal';
  value: string | number | boolean | null;
  start: number;
  end: number;
}

export interface VariableExpr {
  type: 'variable';
  name: string;
  start: number;
  end: number;
}

/** `object.property`; `propertyStart` is where the property name begins (it ends at `end`). */
export interface MemberExpr {
  type: 'member';
  object: Expr;
  property: string;
  propertyStart: number;
  start: number;
  end: number;
}

export type UnaryOperator = '!' | '-';

export interface UnaryExpr {
  type: 'unary';
  operator: UnaryOperator;
  argument: Expr;
  start: number;
  end: number;
}

/** `===` and `!==` are read as `==` and `!=`: there is only one, strict, kind of equality. */
export type BinaryOperator = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export interface BinaryExpr {
  type: 'binary';
  operator: BinaryOperator;
  left: Expr;
  right: Expr;
  start: number;
  end: number;
}
