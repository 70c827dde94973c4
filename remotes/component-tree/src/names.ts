import { COMPONENT_TYPES, type ComponentNode, componentSpec, isTemplateProp } from '@psb/contracts';

/** A component as the tree shows it: its name, or its type when it has none. */
export const shownName = (node: Pick<ComponentNode, 'name' | 'type'>): string => node.name ?? node.type;

/** A component with the ones below it, in words: "Container and 3 children", or just "Button". */
export function withChildren(name: string, children: number): string {
  if (children === 0) return name;
  return `${name} and ${children} ${children === 1 ? 'child' : 'children'}`;
}

/** How much of a component's text its label shows before cutting it short (as the action flows' picker does). */
const SHOWN_TEXT_MAX = 40;

/** The first text prop of each type (one that may hold `{{expressions}}`): what a component of it shows. */
const SHOWN_TEXT_PROPS = new Map<string, string | undefined>(
  COMPONENT_TYPES.map((type) => {
    const props = Object.entries(componentSpec(type)?.props.properties ?? {});
    return [type, props.find(([, schema]) => isTemplateProp(schema))?.[0]];
  }),
);

/**
 * A tree row's label: its name, or, when it has none, its type and the text it shows (`Text “Welcome aboard”`, a
 * button's label, an image's alt text), so that a page's many unnamed Texts and Buttons can be told apart.
 */
export function treeLabel(node: Pick<ComponentNode, 'name' | 'type' | 'props'>): string {
  if (node.name) return node.name;
  const prop = SHOWN_TEXT_PROPS.get(node.type);
  const text = prop && node.props[prop];
  if (typeof text !== 'string' || text.trim() === '') return node.type;
  const short = text.trim().replace(/\s+/g, ' ');
  return `${node.type} “${short.length > SHOWN_TEXT_MAX ? `${short.slice(0, SHOWN_TEXT_MAX - 1).trimEnd()}…` : short}”`;
}
