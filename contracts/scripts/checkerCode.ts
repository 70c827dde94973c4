// Kept over a library: checkSnapshot passes a 10,000-node snapshot (1.6 MB) in about 7 ms (8.5 frozen) with these checks, 11 (12) with Ajv's standalone code and 13 (14) with TypeBox's TypeCompiler.Code, each plus the depth and freeze walk they lack.
import { ExtendsUndefinedCheck, Kind, type TSchema } from '@sinclair/typebox';

// Turns TypeBox schemas into plain TypeScript functions that answer what TypeBox's `Check` answers, at build
// time: the browser's CSP forbids `new Function`, so TypeBox's own compiler cannot run there, and its code
// (`TypeCompiler.Code`) tests a regular expression on every key of every record and allocates per property.
// Only the kinds and keywords our schemas use are supported; anything else that `Check` would look at is
// refused here, so a schema change cannot make the generated checks silently more lenient. Like `Check`
// with TypeBox's default TypeSystemPolicy: arrays are not objects, NaN is not a number, and an optional
// property may be present as undefined. They are written for JSON data, whose objects have only their own
// enumerable string keys: they list keys with `for…in`, which allocates nothing, where `Check` lists
// `Object.getOwnPropertyNames`.
// Two things more than `Check`: each function is told how deep its value lies in the document, refuses an
// object or array MAX_DEPTH or more levels down, and asks `withinDepth` of every free-form (Unknown) value; and,
// asked to, it freezes each object and array it has found valid. So a document they pass needs no other walk,
// for depth or to be frozen. The properties an open object allows beyond its own are not looked at, as `Check`
// does not look at them: whoever keeps those guards (and freezes) them.

/** A function the generated module imports to check a string `format`. */
export interface FormatFunction {
  name: string;
  from: string;
}

/** Each export: a schema, or a group of schemas exported as one object of checks by key. */
export type Checked = Record<string, TSchema | Record<string, TSchema>>;

export interface ModuleOptions {
  /** The function that checks each string `format` used, by format. */
  formats: Record<string, FormatFunction>;
  /** The module exporting `MAX_DEPTH` and `withinDepth(value, depth, freeze)`. */
  depthFrom: string;
  /** The comment the module starts with. */
  header: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** The kinds of schema the generator implements. */
const KINDS = new Set([
  'Unknown',
  'Any',
  'Boolean',
  'Null',
  'Literal',
  'Union',
  'This',
  'String',
  'Integer',
  'Number',
  'Array',
  'Object',
  'Record',
]);
/** Keywords `Check` reads that the generator does not implement. */
const UNSUPPORTED = [
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'minProperties',
  'maxProperties',
  'unevaluatedProperties',
];

/** The text of a module exporting one check per entry of `checked`. */
export function checkerModule(checked: Checked, { formats, depthFrom, header }: ModuleOptions): string {
  const emitter = new Emitter(formats);
  const exports = Object.entries(checked).map(([name, entry]) => {
    assertIdentifier(name);
    if (Kind in entry) return `export const ${name}: Check = ${emitter.fn(entry as TSchema)};`;
    const group = Object.entries(entry as Record<string, TSchema>);
    const keys = group.map(([key]) => JSON.stringify(key)).join(' | ');
    const members = group.map(([key, schema]) => `  ${JSON.stringify(key)}: ${emitter.fn(schema)},`);
    return [`export const ${name}: Readonly<Record<${keys}, Check>> = {`, ...members, '};'].join('\n');
  });
  const sections = [
    [
      header,
      '// biome-ignore-all lint: generated code',
      '// biome-ignore-all format: generated code',
      `import { MAX_DEPTH, withinDepth } from '${depthFrom}';`,
      ...emitter.imports(),
    ],
    [
      '/**',
      ' * Whether a value is valid for one schema: what TypeBox `Check` answers for it, and nothing in it lies',
      " * MAX_DEPTH or more levels below the document's root. `depth`: how deep the value lies (0: it is the root).",
      ' * With `freeze`, each object and array found valid is frozen on the way (an invalid value may be left',
      ' * partly frozen).',
      ' */',
      'export type Check = (value: unknown, depth: number, freeze?: boolean) => boolean;',
    ],
    exports,
    emitter.patternLines(),
    // A blank line between functions.
    emitter.functions.flatMap((fn, i) => (i === 0 ? [fn] : ['', fn])),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

class Emitter {
  readonly functions: string[] = [];
  readonly #byBody = new Map<string, string>();
  readonly #patterns = new Map<string, string>();
  readonly #recursive = new Map<string, string>();
  readonly #usedFormats = new Set<string>();
  #count = 0;

  constructor(readonly formats: Record<string, FormatFunction>) {}

  imports(): string[] {
    const byModule = new Map<string, string[]>();
    for (const format of this.#usedFormats) {
      const { name, from } = this.formats[format] as FormatFunction;
      byModule.set(from, [...(byModule.get(from) ?? []), name]);
    }
    return [...byModule].map(([from, names]) => `import { ${[...new Set(names)].sort().join(', ')} } from '${from}';`);
  }

  patternLines(): string[] {
    return [...this.#patterns].map(([source, name]) => `const ${name} = new RegExp(${JSON.stringify(source)});`);
  }

  /** The name of a function checking `schema`; identical functions are emitted once. */
  fn(schema: TSchema): string {
    assertSupported(schema);
    const id = schema.$id as string | undefined;
    if (id !== undefined) {
      // A recursive schema refers to itself by $id: its name must be known before its body is written.
      const known = this.#recursive.get(id);
      if (known) return known;
      const name = `check${this.#count++}`;
      this.#recursive.set(id, name);
      this.#define(name, this.#body(schema));
      return name;
    }
    const body = this.#body(schema);
    const known = this.#byBody.get(body);
    if (known) return known;
    const name = `check${this.#count++}`;
    this.#byBody.set(body, name);
    this.#define(name, body);
    return name;
  }

  #define(name: string, body: string) {
    this.functions.push(`function ${name}(value: unknown, depth: number, freeze?: boolean): boolean {\n${body}\n}`);
  }

  #body(schema: TSchema): string {
    switch (schema[Kind]) {
      case 'Object':
        return this.#object(schema);
      case 'Record':
        return this.#record(schema);
      case 'Array':
        return this.#array(schema);
      default:
        return `  return ${this.#test(schema, 'value', 'depth', true)};`;
    }
  }

  /** A boolean expression: whether the value named `v`, lying `depth` deep, fits `schema`. */
  #test(schema: TSchema, v: string, depth: string, inline = false): string {
    assertSupported(schema);
    if (schema.$id !== undefined && !inline) return `${this.fn(schema)}(${v}, ${depth}, freeze)`;
    switch (schema[Kind]) {
      case 'Unknown':
      case 'Any':
        return `withinDepth(${v}, ${depth}, freeze)`;
      case 'Boolean':
        return `typeof ${v} === 'boolean'`;
      case 'Null':
        return `${v} === null`;
      case 'Literal':
        return `${v} === ${JSON.stringify(schema.const)}`;
      case 'Union':
        return `(${(schema.anyOf as TSchema[]).map((s) => this.#test(s, v, depth)).join(' || ')})`;
      case 'This': {
        const name = this.#recursive.get(schema.$ref as string);
        if (!name) throw new Error(`No enclosing schema with $id "${schema.$ref}"`);
        return `${name}(${v}, ${depth}, freeze)`;
      }
      case 'String':
        return this.#string(schema, v);
      case 'Integer':
      case 'Number':
        return this.#number(schema, v);
      default:
        return `${this.fn(schema)}(${v}, ${depth}, freeze)`;
    }
  }

  #string(schema: TSchema, v: string): string {
    const parts = [`typeof ${v} === 'string'`];
    if (schema.minLength !== undefined) parts.push(`${v}.length >= ${num(schema.minLength)}`);
    if (schema.maxLength !== undefined) parts.push(`${v}.length <= ${num(schema.maxLength)}`);
    if (schema.pattern !== undefined) parts.push(`${this.#pattern(schema.pattern)}.test(${v})`);
    if (schema.format !== undefined) {
      const format = this.formats[schema.format];
      // TypeBox fails a format it does not know; the generator refuses it instead.
      if (!format) throw new Error(`No function given for the string format "${schema.format}"`);
      this.#usedFormats.add(schema.format);
      parts.push(`${format.name}(${v})`);
    }
    return parts.join(' && ');
  }

  #number(schema: TSchema, v: string): string {
    // Number: finite, as TypeSystemPolicy.AllowNaN is false by default.
    const parts = [`typeof ${v} === 'number'`, schema[Kind] === 'Integer' ? `Number.isInteger(${v})` : `Number.isFinite(${v})`];
    if (schema.exclusiveMaximum !== undefined) parts.push(`${v} < ${num(schema.exclusiveMaximum)}`);
    if (schema.exclusiveMinimum !== undefined) parts.push(`${v} > ${num(schema.exclusiveMinimum)}`);
    if (schema.minimum !== undefined) parts.push(`${v} >= ${num(schema.minimum)}`);
    if (schema.maximum !== undefined) parts.push(`${v} <= ${num(schema.maximum)}`);
    if (schema.multipleOf !== undefined) parts.push(`${v} % ${num(schema.multipleOf)} === 0`);
    return parts.join(' && ');
  }

  #pattern(source: unknown): string {
    if (typeof source !== 'string') throw new Error('A pattern must be a string');
    let name = this.#patterns.get(source);
    if (!name) {
      name = `PATTERN_${this.#patterns.size}`;
      this.#patterns.set(source, name);
    }
    return name;
  }

  #object(schema: TSchema): string {
    const properties = Object.entries(schema.properties as Record<string, TSchema>);
    const required = new Set<string>((schema.required as string[] | undefined) ?? []);
    const lines = [
      "  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;",
      DEPTH_GUARD,
      '  const o = value as Record<string, unknown>;',
    ];
    properties.forEach(([key, property], i) => {
      const local = IDENTIFIER.test(key) ? `p_${key}` : `p${i}`;
      const test = this.#test(property, local, 'depth + 1');
      lines.push(`  const ${local} = o${access(key)};`);
      if (required.has(key)) {
        lines.push(`  if (!(${test})) return false;`);
        // As Check: a required property that accepts undefined must still be present.
        if (ExtendsUndefinedCheck(property) || ['Any', 'Unknown'].includes(property[Kind])) {
          lines.push(`  if (!(${JSON.stringify(key)} in o)) return false;`);
        }
      } else {
        lines.push(`  if (${local} !== undefined && !(${test})) return false;`);
      }
    });
    const additional = schema.additionalProperties;
    if (additional === false) {
      const known = properties.map(([key]) => `key !== ${JSON.stringify(key)}`).join(' && ') || 'true';
      lines.push(`  for (const key in o) if (${known}) return false;`);
    } else if (additional !== undefined && additional !== true) {
      throw new Error('additionalProperties as a schema is not supported');
    }
    lines.push(FREEZE, '  return true;');
    return lines.join('\n');
  }

  #record(schema: TSchema): string {
    const patterns = Object.entries(schema.patternProperties as Record<string, TSchema>);
    const [pattern, items] = patterns[0] as [string, TSchema];
    if (patterns.length !== 1) throw new Error('A record must have exactly one pattern');
    const lines = [
      "  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {",
      '    return false;',
      '  }',
      DEPTH_GUARD,
    ];
    const test = this.#test(items, 'item', 'depth + 1');
    const key = `${this.#pattern(pattern)}.test(key)`;
    const additional = schema.additionalProperties;
    if (additional === false) {
      // Every key must match, so every value is checked: one pass over the keys (Check makes two).
      lines.push(
        '  for (const key in value) {',
        `    if (!${key}) return false;`,
        '    const item = (value as Record<string, unknown>)[key];',
        `    if (!(${test})) return false;`,
        '  }',
      );
    } else if (additional === undefined || additional === true) {
      // Check skips a key its pattern does not match; testing the key only when the value fails is the same
      // answer. A skipped value must still be within depth.
      lines.push(
        '  for (const key in value) {',
        '    const item = (value as Record<string, unknown>)[key];',
        `    if (!(${test}) && (${key} || !withinDepth(item, depth + 1, freeze))) return false;`,
        '  }',
      );
    } else {
      throw new Error('additionalProperties as a schema is not supported');
    }
    lines.push(FREEZE, '  return true;');
    return lines.join('\n');
  }

  #array(schema: TSchema): string {
    const lines = ['  if (!Array.isArray(value)) return false;', DEPTH_GUARD];
    if (schema.minItems !== undefined) lines.push(`  if (value.length < ${num(schema.minItems)}) return false;`);
    if (schema.maxItems !== undefined) lines.push(`  if (value.length > ${num(schema.maxItems)}) return false;`);
    const test = this.#test(schema.items as TSchema, 'item', 'depth + 1');
    lines.push(
      '  for (let i = 0; i < value.length; i++) {',
      '    const item = value[i];',
      `    if (!(${test})) return false;`,
      '  }',
    );
    lines.push(FREEZE, '  return true;');
    return lines.join('\n');
  }
}

const DEPTH_GUARD = '  if (depth >= MAX_DEPTH) return false;';
const FREEZE = '  if (freeze) Object.freeze(value);';

function assertSupported(schema: TSchema) {
  const kind = schema[Kind] as string;
  if (!KINDS.has(kind)) throw new Error(`The generator does not support schemas of kind ${kind}`);
  for (const keyword of UNSUPPORTED) {
    if (schema[keyword] !== undefined) throw new Error(`The generator does not support "${keyword}" (in a ${kind})`);
  }
}

function assertIdentifier(name: string) {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not an identifier`);
}

const access = (key: string) => (IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

function num(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Expected a finite number, got ${value}`);
  return String(value);
}
