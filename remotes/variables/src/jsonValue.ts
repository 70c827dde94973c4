/**
 * Whether `value` is plain JSON that a save writes and a load reads back unchanged: no undefined, functions,
 * NaN or Infinity (JSON.stringify would turn them into null or drop them), class instances or cycles.
 */
export function isJsonValue(value: unknown, ancestors: readonly object[] = []): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (ancestors.includes(value)) return false;
      const inner = [...ancestors, value];
      if (Array.isArray(value)) return value.every((item) => isJsonValue(item, inner));
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      return Object.values(value).every((item) => isJsonValue(item, inner));
    }
    default:
      return false;
  }
}
