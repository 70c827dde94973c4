import { type ComponentTypeName, componentSpec, type PropSchema } from './catalogue.js';
import { nodePropsChecks } from './compiled/schemaChecks.js';

// Without TypeBox: the component tree asks this at each change of a prop, from its first load on. The generated
// check decides, as checkSnapshot would; the words come from the prop's schema in the catalogue.

/** Why `value` cannot be prop `prop` of a node of `type`, or undefined when it can. */
export function propProblem(type: string, prop: string, value: unknown): string | undefined {
  const spec = componentSpec(type);
  const schema = spec?.props.properties[prop];
  if (!spec || !schema || !Object.hasOwn(spec.props.properties, prop)) return `A ${type} has no prop "${prop}".`;
  if (nodePropsChecks[spec.type as ComponentTypeName]({ [prop]: value }, 0)) return undefined;
  return explain(schema, value);
}

function explain(schema: PropSchema, value: unknown): string {
  if (schema.anyOf) return `Expected one of ${schema.anyOf.map((o) => JSON.stringify(o.const)).join(', ')}.`;
  const expected = schema.description ? `Expected ${lowerFirst(schema.description)}` : undefined;
  if (schema.type === 'integer') return Number.isInteger(value) && expected ? expected : 'Expected a whole number.';
  if (typeof value !== 'string') return 'Expected text.';
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return `At most ${schema.maxLength} characters.`;
  return expected ?? `Not a valid ${lowerFirst(schema.title)}.`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
