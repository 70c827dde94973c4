import type { Patch } from './diffStates.js';

/**
 * Whether `state` already is what `patches` would make it at each of their paths (by reference): then the state
 * that the opposite patches make from it gives `state` back when these are applied to it, to the last value.
 */
export function holdsPatches(state: unknown, patches: readonly Patch[]): boolean {
  return patches.every((patch) => {
    let at = state;
    for (const key of patch.path.slice(0, -1)) {
      if (typeof at !== 'object' || at === null) return false;
      at = (at as Record<string, unknown>)[key];
    }
    const key = patch.path.at(-1);
    if (key === undefined) return at === patch.value;
    if (typeof at !== 'object' || at === null) return false;
    const has = Object.hasOwn(at, key);
    return patch.op === 'remove' ? !has : has && (at as Record<string, unknown>)[key] === patch.value;
  });
}
