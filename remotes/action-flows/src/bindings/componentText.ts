import { COMPONENT_TYPES, type ComponentNode, type ComponentTree, componentSpec, isTemplateProp, nodeOf } from '@psb/contracts';

const SHOWN_TEXT_MAX = 40;

/** The first text prop of each type (one that may hold `{{expressions}}`): what a component of it shows. */
const SHOWN_TEXT_PROPS = new Map<string, string | undefined>(
  COMPONENT_TYPES.map((type) => {
    const props = Object.entries(componentSpec(type)?.props.properties ?? {});
    return [type, props.find(([, schema]) => isTemplateProp(schema))?.[0]];
  }),
);

/**
 * How a component reads in the Component list: its name and type, or, when it has no name, its type and the text
 * it shows (a button's label, an image's alt text), so that a page's many unnamed buttons can be told apart.
 */
export function componentText(node: ComponentNode): string {
  if (node.name) return `${node.name} (${node.type})`;
  const prop = SHOWN_TEXT_PROPS.get(node.type);
  const text = prop && node.props[prop];
  if (typeof text !== 'string' || text.trim() === '') return node.type;
  const short = text.trim().replace(/\s+/g, ' ');
  return `${node.type} “${short.length > SHOWN_TEXT_MAX ? `${short.slice(0, SHOWN_TEXT_MAX - 1).trimEnd()}…` : short}”`;
}

export const emitsEvents = (node: ComponentNode) => (componentSpec(node.type)?.events.length ?? 0) > 0;

/**
 * The first component that emits events, in the page's order (depth first from the roots), which a new binding
 * starts with. This runs on each edit of the tree, so it walks only as far as that component.
 */
export function firstEmitter({ nodes, rootIds }: ComponentTree) {
  const stack = [...rootIds].reverse();
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const node = nodeOf(nodes, id);
    if (!node) continue;
    if (emitsEvents(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as string);
  }
  return undefined;
}
