/** Why `value` cannot replace the enum value at `index` of `values` (undefined when it can). */
export function enumValueProblem(values: readonly string[], index: number, value: string): string | undefined {
  if (value.trim() === '') return 'A value cannot be empty.';
  if (values.some((other, i) => i !== index && other === value)) return `Another value is already "${value}".`;
  return undefined;
}

/** value1, value2, …: the first not in `values`. */
export function freeEnumValue(values: readonly string[]): string {
  for (let n = values.length + 1; ; n++) if (!values.includes(`value${n}`)) return `value${n}`;
}
