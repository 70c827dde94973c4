import { type TObject, type TSchema, Type } from '@sinclair/typebox';
import type { ComponentSpec, PropSchema } from '../catalogue.js';

const schemas = new Map<string, TObject>();

/** A type's props as a node holds them: every prop optional, no other (the defaults fill in the rest). */
export function nodePropsSchema(spec: ComponentSpec): TObject {
  let schema = schemas.get(spec.type);
  if (!schema) {
    const props = Object.fromEntries(Object.entries(spec.props.properties).map(([name, prop]) => [name, propSchema(prop)]));
    schema = Type.Partial(Type.Object(props), { additionalProperties: false });
    schemas.set(spec.type, schema);
  }
  return schema;
}

/** The TypeBox schema of one prop of the catalogue, which is plain JSON Schema. */
function propSchema({ anyOf, type, ...options }: PropSchema): TSchema {
  if (anyOf)
    return Type.Union(
      anyOf.map((o) => Type.Literal(o.const)),
      options,
    );
  return type === 'integer' ? Type.Integer(options) : Type.String(options);
}
