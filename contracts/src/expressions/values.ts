/**
 * What the evaluator and the editors need to know about JSON values. Scope values are promised to be JSON, but
 * each read is still checked (shallowly) so that a function, `undefined` or a class instance never reaches an
 * operator; what an editor stores is checked all the way down, since a save writes all of it.
 */

/** A JSON value one level deep: its own members are checked when they are read. */
export function isJsonValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null || Array.isArray(value)) return true;
      const prototype = Object.getPrototypeOf(value);
      return prototype === Object.prototype || prototype === null;
    }
    default:
      return false;
  }
}

/**
 * Whether `value` and everything in it are JSON values, so that a save writes it and a load reads it back
 * unchanged: no undefined, NaN or Infinity inside (JSON.stringify would turn them into null or drop them), no
 * cycles, no holes in arrays. Members are read through their descriptors, so a getter is refused without being run.
 */
export function isDeepJsonValue(value: unknown): boolean {
  return isJsonWithin(value, []);
}

/** `ancestors`: the arrays and objects that hold `value`, to refuse a cycle (one object twice is fine). */
function isJsonWithin(value: unknown, ancestors: object[]): boolean {
  if (!isJsonValue(value)) return false;
  if (typeof value !== 'object' || value === null) return true;
  if (ancestors.includes(value)) return false;
  const keys = Array.isArray(value) ? Array.from(value.keys(), String) : Object.keys(value);
  ancestors.push(value);
  const membersAreJson = keys.every((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor && isJsonWithin(descriptor.value, ancestors);
  });
  ancestors.pop();
  return membersAreJson;
}

/** "a string", "an array", "null": how a value's kind is named in messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** JavaScript's truthiness, which for JSON values means: false, 0, "" and null are false. */
export function isTruthy(value: unknown): boolean {
  return Boolean(value);
}

/**
 * Strict equality that compares arrays and objects by content: values read from a scope may be fresh copies,
 * so JavaScript's comparison by reference would make `a == a` depend on how the scope is built.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => Object.hasOwn(bRecord, key) && jsonEqual((a as Record<string, unknown>)[key], bRecord[key]))
  );
}

/** How a value appears inside a rendered template: null is empty, arrays and objects are JSON. */
export function toTemplateText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
