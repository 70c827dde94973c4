import { firstFreeName } from '@psb/contracts';

/** Why `value` cannot replace the enum value at `index` of `values` (undefined when it can). */
export function enumValueProblem(values: readonly string[], index: number, value: string): string | undefined {
  if (value.trim() === '') return 'A value cannot be empty.';
  if (values.some((other, i) => i !== index && other === value)) return `Another value is already "${value}".`;
  return undefined;
}

/** value1, value2, …: the first not in `values`. */
export const freeEnumValue = (values: readonly string[]): string =>
  firstFreeName('value', values.length + 1, (value) => !values.includes(value));
