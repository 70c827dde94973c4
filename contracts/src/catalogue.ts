import { ID_PATTERN } from './patterns.js';

// Plain JSON Schema, without TypeBox: every editor reads the catalogue at start, and TypeBox is loaded only where
// values are checked (sections/nodeProps.ts builds the TypeBox schema of a type's props from these).

/** One prop's schema: a text or whole number with its limits, or a choice among constants. */
export interface PropSchema {
  /** The label the inspector shows. */
  title: string;
  type?: 'string' | 'integer';
  /** A choice: one of these constants. */
  anyOf?: readonly { const: string; type: 'string' }[];
  description?: string;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** Text that may hold `{{expressions}}` of variables. */
  'x-template'?: boolean;
  /** The id of a variable, chosen from the variables section; of this type when `x-variable-type` says. */
  'x-ref'?: 'variable';
  'x-variable-type'?: string;
}

/** A type's props: each one's schema, by name. */
export interface PropsSchema {
  type: 'object';
  properties: Readonly<Record<string, PropSchema>>;
}

const props = (properties: Record<string, PropSchema>): PropsSchema => ({ type: 'object', properties });
const text = (title: string, options: Omit<PropSchema, 'title' | 'type'> = {}): PropSchema => ({
  title,
  type: 'string',
  ...options,
});
/** A text prop that may hold `{{expressions}}` of variables. */
const template = (title: string, description?: string) =>
  text(title, { maxLength: 10_000, 'x-template': true, ...(description ? { description } : {}) });
const choice = (title: string, values: readonly string[]): PropSchema => ({
  title,
  anyOf: values.map((v) => ({ const: v, type: 'string' })),
});
const amount = (title: string): PropSchema => ({
  title,
  type: 'integer',
  minimum: 0,
  maximum: 200,
  description: 'Pixels, 0 to 200.',
});
/** The id of a variable, chosen from the variables section. */
const variableRef = (title: string, variableType?: string) =>
  text(title, { pattern: ID_PATTERN, 'x-ref': 'variable', ...(variableType ? { 'x-variable-type': variableType } : {}) });

/** What the catalogue says of one component type. */
export interface ComponentSpec {
  type: string;
  /** Its props; every prop is optional in a node, `defaults` fills in the rest. */
  props: PropsSchema;
  defaults: Readonly<Record<string, unknown>>;
  /** Whether it takes children, and how many at most (a List renders its one child once per item). */
  children: false | { max?: number };
  /** The events it emits, which bindings can attach flows to. */
  events: readonly string[];
}

const spec = (s: ComponentSpec) => s;

/** The component types every domain and the preview agree on. */
export const CATALOGUE = {
  Container: spec({
    type: 'Container',
    props: props({
      direction: choice('Direction', ['column', 'row']),
      gap: amount('Gap'),
      padding: amount('Padding'),
    }),
    defaults: { direction: 'column', gap: 8, padding: 8 },
    children: {},
    events: [],
  }),
  Text: spec({
    type: 'Text',
    props: props({ content: template('Content'), variant: choice('Variant', ['heading', 'subheading', 'body']) }),
    defaults: { content: 'Text', variant: 'body' },
    children: false,
    events: [],
  }),
  Button: spec({
    type: 'Button',
    props: props({ label: template('Label'), variant: choice('Variant', ['primary', 'secondary', 'link']) }),
    defaults: { label: 'Button', variant: 'primary' },
    children: false,
    events: ['click'],
  }),
  Input: spec({
    type: 'Input',
    props: props({
      label: template('Label'),
      placeholder: text('Placeholder', { maxLength: 500 }),
      variable: variableRef('Variable'),
    }),
    defaults: { label: 'Input', placeholder: '' },
    children: false,
    events: ['change'],
  }),
  Image: spec({
    type: 'Image',
    props: props({
      src: text('Source', { maxLength: 2000, description: 'An http(s) address, a path, or a data:image address.' }),
      alt: template('Alt text'),
    }),
    defaults: { src: '', alt: '' },
    children: false,
    events: ['click'],
  }),
  List: spec({
    type: 'List',
    props: props({ items: variableRef('Items', 'array') }),
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

export const isTemplateProp = (schema: PropSchema | undefined) => schema?.['x-template'] === true;
