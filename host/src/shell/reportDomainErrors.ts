import type { Notifier } from '../document/ProjectSession.js';
import type { DomainReducerError } from '../store/createHostStore.js';

/**
 * Tells the person when a domain's reducer throws: its state was kept as it was, the others were not touched.
 * Once per domain every `quietMs`, since a broken reducer may throw on every action.
 */
export function reportDomainErrors(notify: Notifier, titleOf: (key: string) => string, quietMs = 10_000): DomainReducerError {
  const lastReported = new Map<string, number>();
  return (key, error, action) => {
    console.error(`The ${key} editor failed on ${action.type}; its state is kept as it was.`, error);
    const now = Date.now();
    if (now - (lastReported.get(key) ?? Number.NEGATIVE_INFINITY) < quietMs) return;
    lastReported.set(key, now);
    notify.error(
      `The ${titleOf(key)} editor failed and ignored your last change there; its content is kept as it was. The other editors are not affected.`,
    );
  };
}
