/** Longest expression source accepted, in characters; keeps parsing and evaluating cheap on hostile input. */
export const MAX_EXPRESSION_LENGTH = 2000;

/**
 * Deepest nesting accepted. A parenthesis, a unary operator or the right operand of a binary operator each add
 * a level while they are open, so `((a))` and `!!a` are two levels deep, `a + b * c` two, and a flat chain like
 * `a + b + c + d` stays at one however long. The parser recurses once per level, so this bounds its stack.
 */
export const MAX_NESTING = 64;

/**
 * Property names never read through `a.b`, even when a value has them as its own: they lead from data to
 * the prototypes and constructors of the running page.
 */
export const FORBIDDEN_PROPERTIES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
