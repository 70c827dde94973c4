/**
 * About how many bytes `before` holds that `after` does not share: what keeping `before` in the history costs.
 * It descends only where the two differ, so a step that changed one node of a large tree costs a walk of the
 * records on the way to it, not of the tree. Sizes are V8's rough ones: an object header and a slot per entry,
 * two bytes per character of a string.
 */
export function retainedBytes(before: unknown, after: unknown): number {
  let bytes = 0;
  const stack: [unknown, unknown][] = [[before, after]];
  while (stack.length > 0) {
    const [was, is] = stack.pop() as [unknown, unknown];
    if (was === is) continue;
    if (typeof was === 'string') {
      bytes += 16 + was.length * 2;
      continue;
    }
    if (typeof was !== 'object' || was === null) continue;
    const other = typeof is === 'object' && is !== null ? (is as Record<string, unknown>) : undefined;
    let entries = 0;
    for (const key in was) {
      entries += 1;
      stack.push([(was as Record<string, unknown>)[key], other?.[key]]);
    }
    bytes += 32 + entries * 16;
  }
  return bytes;
}
