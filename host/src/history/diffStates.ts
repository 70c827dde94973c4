// A step's change as patches, found by reference: an edit of one node of a 10,000-node tree leaves a patch of that
// node's field instead of the state before it, whose record of nodes alone would hold every entry again. Diff
// libraries compare by value, walking the whole document; immutable states let this one skip what is shared.
import { keysOf } from '@psb/contracts';

/** One change at a path of keys: a value added, replaced or removed. */
export interface Patch {
  op: 'add' | 'replace' | 'remove';
  path: string[];
  value?: unknown;
}

export interface Patches {
  /** Turn the state before the step into the state after it. */
  forward: Patch[];
  /** Turn it back. */
  inverse: Patch[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The patches between two immutable states: it descends into plain objects where the two differ, and replaces
 * anything else (arrays, values) whole. Applied with `applyPatches`.
 */
export function diffStates(before: unknown, after: unknown): Patches {
  const forward: Patch[] = [];
  const inverse: Patch[] = [];
  const stack: { was: unknown; is: unknown; path: string[] }[] = [{ was: before, is: after, path: [] }];
  while (stack.length > 0) {
    const { was, is, path } = stack.pop() as (typeof stack)[number];
    if (was === is) continue;
    if (!isRecord(was) || !isRecord(is)) {
      forward.push({ op: 'replace', path, value: is });
      inverse.push({ op: 'replace', path, value: was });
      continue;
    }
    const wasKeys = keysOf(was);
    const isKeys = keysOf(is);
    for (const key of wasKeys) {
      if (!Object.hasOwn(is, key)) {
        forward.push({ op: 'remove', path: [...path, key] });
        inverse.push({ op: 'add', path: [...path, key], value: was[key] });
      } else if (was[key] !== is[key]) {
        stack.push({ was: was[key], is: is[key], path: [...path, key] });
      }
    }
    // The same list (a record and its copy by patches that kept its keys): nothing was added.
    for (const key of isKeys === wasKeys ? [] : isKeys) {
      if (Object.hasOwn(was, key)) continue;
      forward.push({ op: 'add', path: [...path, key], value: is[key] });
      inverse.push({ op: 'remove', path: [...path, key] });
    }
  }
  // Applied in order, each inverse patch must meet the state its forward patch left: they are undone last first.
  return { forward, inverse: inverse.reverse() };
}
