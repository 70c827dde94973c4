import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';
import { ID_PATTERN } from './primitives.js';

/** A text prop that may hold `{{expressions}}` of variables. */
const template = (title: string, description?: string) =>
  Type.String({ title, maxLength: 10_000, 'x-template': true, ...(description ? { description } : {}) });
const choice = <T extends string>(title: string, values: readonly T[]) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { title },
  );
const amount = (title: string) => Type.Integer({ title, minimum: 0, maximum: 200, description: 'Pixels, 0 to 200.' });
/** The id of a variable, chosen from the variables section. */
const variableRef = (title: string, variableType?: string) =>
  Type.String({ title, pattern: ID_PATTERN, 'x-ref': 'variable', ...(variableType ? { 'x-variable-type': variableType } : {}) });

/** What the catalogue says of one component type. */
export interface ComponentSpec<P extends TObject = TObject> {
  type: string;
  /** Its props; every prop is optional in a node, `defaults` fills in the rest. */
  props: P;
  defaults: Partial<Static<P>>;
  /** Whether it takes children, and how many at most (a List renders its one child once per item). */
  children: false | { max?: number };
  /** The events it emits, which bindings can attach flows to. */
  events: readonly string[];
}

const spec = <P extends TObject>(s: ComponentSpec<P>) => s;

/** The component types every domain and the preview agree on. */
export const CATALOGUE = {
  Container: spec({
    type: 'Container',
    props: Type.Object({
      direction: choice('Direction', ['column', 'row'] as const),
      gap: amount('Gap'),
      padding: amount('Padding'),
    }),
    defaults: { direction: 'column', gap: 8, padding: 8 },
    children: {},
    events: [],
  }),
  Text: spec({
    type: 'Text',
    props: Type.Object({ content: template('Content'), variant: choice('Variant', ['heading', 'subheading', 'body'] as const) }),
    defaults: { content: 'Text', variant: 'body' },
    children: false,
    events: [],
  }),
  Button: spec({
    type: 'Button',
    props: Type.Object({ label: template('Label'), variant: choice('Variant', ['primary', 'secondary', 'link'] as const) }),
    defaults: { label: 'Button', variant: 'primary' },
    children: false,
    events: ['click'],
  }),
  Input: spec({
    type: 'Input',
    props: Type.Object({
      label: template('Label'),
      placeholder: Type.String({ title: 'Placeholder', maxLength: 500 }),
      variable: variableRef('Variable'),
    }),
    defaults: { label: 'Input', placeholder: '' },
    children: false,
    events: ['change'],
  }),
  Image: spec({
    type: 'Image',
    props: Type.Object({
      src: Type.String({ title: 'Source', maxLength: 2000, description: 'An http(s) address, a path, or a data:image address.' }),
      alt: template('Alt text'),
    }),
    defaults: { src: '', alt: '' },
    children: false,
    events: ['click'],
  }),
  List: spec({
    type: 'List',
    props: Type.Object({ items: variableRef('Items', 'array') }),
    defaults: {},
    children: { max: 1 },
    events: [],
  }),
} as const satisfies Record<string, ComponentSpec>;

export type ComponentTypeName = keyof typeof CATALOGUE;
export const COMPONENT_TYPES = Object.keys(CATALOGUE) as ComponentTypeName[];

export function componentSpec(type: string): ComponentSpec | undefined {
  return Object.hasOwn(CATALOGUE, type) ? (CATALOGUE as Record<string, ComponentSpec>)[type] : undefined;
}

/** A node's props with the type's defaults filled in. */
export function propsWithDefaults(type: string, props: Record<string, unknown>): Record<string, unknown> {
  return { ...(componentSpec(type)?.defaults ?? {}), ...props };
}

/** Whether `type` may hold one more child when it has `count` already. */
export function acceptsChild(type: string, count: number): boolean {
  const children = componentSpec(type)?.children;
  return children !== false && children !== undefined && (children.max === undefined || count < children.max);
}

export const isTemplateProp = (schema: TSchema) => schema['x-template'] === true;
