import type { ComponentNode } from '@psb/contracts';

/** A component as the tree shows it: its name, or its type when it has none. */
export const shownName = (node: Pick<ComponentNode, 'name' | 'type'>): string => node.name ?? node.type;

/** A component with the ones below it, in words: "Container and 3 children", or just "Button". */
export function withChildren(name: string, children: number): string {
  if (children === 0) return name;
  return `${name} and ${children} ${children === 1 ? 'child' : 'children'}`;
}
