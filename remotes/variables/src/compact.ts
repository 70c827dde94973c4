/** A value in one short line for the list of variables: its JSON text, cut to `max` characters. */
export function compactValue(value: unknown, max = 28): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
