/**
 * Freezes a parsed document in one pass, without recursion (it may be deep). A loaded document is never
 * changed in place; freezing it before the domains' reducers take their sections also spares Immer, which
 * otherwise walks every new state a reducer returns to find drafts and freeze it, once per domain.
 */
export function deepFreeze<T>(root: T): T {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) continue;
    Object.freeze(value);
    if (Array.isArray(value)) for (const item of value) pending.push(item);
    else for (const key in value) pending.push((value as Record<string, unknown>)[key]);
  }
  return root;
}
