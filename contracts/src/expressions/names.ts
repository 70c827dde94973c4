import type { Expr } from './ast.js';
import { parseTemplate } from './template.js';

/**
 * The distinct root variable names of a template's `{{…}}` expressions, in order of first use (`user` for
 * `user.name`), including those in branches that `&&` / `||` might skip. Expressions that do not parse are
 * skipped. For "which components and flows use variable X" and "warn about names that are not variables".
 */
export function referencedNames(text: string): string[] {
  const names = new Set<string>();
  for (const part of parseTemplate(text)) {
    if (part.kind === 'expression' && part.parsed.ok) collectNames(part.parsed.ast, names);
  }
  return [...names];
}

/** The distinct root variable names of one parsed expression, in order of first use. */
export function expressionNames(ast: Expr): string[] {
  const names = new Set<string>();
  collectNames(ast, names);
  return [...names];
}

function collectNames(node: Expr, names: Set<string>): void {
  switch (node.type) {
    case 'variable':
      names.add(node.name);
      return;
    case 'member':
      collectNames(node.object, names);
      return;
    case 'unary':
      collectNames(node.argument, names);
      return;
    case 'binary':
      collectNames(node.left, names);
      collectNames(node.right, names);
      return;
    case 'literal':
      return;
  }
}
