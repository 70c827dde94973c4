import { pointer } from './problem.js';

/** Deeper than this, a document is refused before anything walks it recursively. */
export const MAX_DEPTH = 128;

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Whether `value`, lying `depth` levels below its document's root (0: it is the root), holds no object or array
 * MAX_DEPTH or more levels below that root; with `freeze`, a value that does not is left frozen throughout. The
 * generated checks ask it of every free-form value they meet, so a document they pass needs no separate walk.
 */
export function withinDepth(value: unknown, depth: number, freeze = false): boolean {
  return !isContainer(value) || !nestedDeeper(value, MAX_DEPTH - depth, freeze);
}

/**
 * Whether an object or array lies `levels` or more below `value` (0: `value` itself). Recursion is safe: it
 * stops at `levels`. Arrays are iterated as they are (a JSON array holds nothing else), objects by key: both
 * copy less than Object.values.
 */
function nestedDeeper(value: object, levels: number, freeze = false): boolean {
  if (levels <= 0) return true;
  if (Array.isArray(value)) {
    for (const child of value) if (isContainer(child) && nestedDeeper(child, levels - 1, freeze)) return true;
  } else {
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (isContainer(child) && nestedDeeper(child, levels - 1, freeze)) return true;
    }
  }
  if (freeze) Object.freeze(value);
  return false;
}

/**
 * The pointer of the first value nested MAX_DEPTH or more levels deep, or undefined. Asked only of a document
 * found invalid: a walk that keeps no paths answers whether there is one, and only then a second walk, without
 * recursion, names its place.
 */
export function firstTooDeep(root: object): string | undefined {
  if (!nestedDeeper(root, MAX_DEPTH)) return undefined;
  type Frame = { value: object; depth: number; key: string; parent: Frame | null };
  const stack: Frame[] = [{ value: root, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth >= MAX_DEPTH) {
      const path: string[] = [];
      for (let f: Frame | null = frame; f?.parent; f = f.parent) path.unshift(f.key);
      return pointer(...path);
    }
    for (const [key, child] of Object.entries(frame.value)) {
      if (isContainer(child)) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return undefined;
}
