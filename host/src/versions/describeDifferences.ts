import type { DomainModule } from '@psb/contracts';
import { dequal } from 'dequal';

/** What differs in one domain's section (or the project's name), in words: "+3 components", "flow Checkout: 1 step added". */
export interface Difference {
  /** The section's key, or `meta` for the project's name. */
  key: string;
  title: string;
  changes: string[];
  /** Whether the changes are the domain's own words; else they are "<title> changed". */
  described: boolean;
}

/** A document's name and its sections by key, as a snapshot holds them. */
export interface Compared {
  name: string;
  sections: Record<string, unknown>;
}

/**
 * What going from `from` (the open document) to `to` (an older version) would change, per domain, in the domain's
 * own words (`describeChanges`, contract 1.2.0); a domain without them, or whose words fail, says "<title> changed",
 * and so does a section no loaded domain reads. Sections equal by value are left out, so an equal version says nothing.
 */
export function describeDifferences(
  modules: readonly DomainModule[],
  from: Compared,
  to: Compared,
  titleOf: (key: string) => string = (key) => key,
): Difference[] {
  const differences: Difference[] = [];
  if (from.name !== to.name) {
    differences.push({ key: 'meta', title: 'Project', changes: [`renamed to “${to.name}”`], described: true });
  }
  const byKey = new Map(modules.map((m) => [m.key, m]));
  const keys = [...new Set([...modules.map((m) => m.key), ...Object.keys(from.sections), ...Object.keys(to.sections)])];
  for (const key of keys) {
    const [before, after] = [from.sections[key], to.sections[key]];
    if (dequal(before, after)) continue;
    const module = byKey.get(key);
    const title = module?.title ?? titleOf(key);
    const words = inDomainWords(module, before, after);
    differences.push({ key, title, changes: words ?? [`${title} changed`], described: words !== undefined });
  }
  return differences;
}

/** The domain's words for the change, or undefined when it has none: it lacks them, throws, or says nothing. */
function inDomainWords(module: DomainModule | undefined, before: unknown, after: unknown): string[] | undefined {
  if (!module?.describeChanges) return undefined;
  try {
    const words = module.describeChanges(before, after);
    // Its sections differ by value: a domain that says nothing about that is not believed.
    return Array.isArray(words) && words.length > 0 && words.every((w) => typeof w === 'string') ? words : undefined;
  } catch {
    return undefined;
  }
}
