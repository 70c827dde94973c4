import { fitsVariableType, isDeepJsonValue, type VariableType } from '@psb/contracts';

/** Whether a variable of `type` may hold `value` (as default or run-time value) in a valid snapshot. */
export function isValueFor(type: VariableType, value: unknown): boolean {
  return fitsVariableType(type, value) && isDeepJsonValue(value);
}

/** What a variable of `type` holds when nothing better is known. */
export function emptyValue(type: VariableType): unknown {
  switch (type) {
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'object':
      return {};
    case 'array':
      return [];
  }
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * `value` carried over to `type` when a variable's type changes. Only conversions a person can read back are made:
 * number ↔ decimal text, boolean ↔ "true"/"false", boolean ↔ 1/0, object or array ↔ its JSON text.
 * Anything else becomes the type's empty value, so the result always fits the type.
 */
export function convertValue(value: unknown, type: VariableType): unknown {
  if (isValueFor(type, value)) return value;
  const converted = carriedOver(value, type);
  return isValueFor(type, converted) ? converted : emptyValue(type);
}

function carriedOver(value: unknown, type: VariableType): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    case 'number':
      if (typeof value === 'boolean') return value ? 1 : 0;
      return typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : undefined;
    case 'boolean':
      if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
      if (value === 'true' || value === 'false') return value === 'true';
      return undefined;
    case 'object':
    case 'array':
      return typeof value === 'string' ? parsedOrUndefined(value) : undefined;
  }
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
