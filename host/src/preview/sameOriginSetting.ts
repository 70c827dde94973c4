// Which projects' previews may send requests to the editor's own origin (never its API: requestRefusal.ts).
// Off for every project unless the person allows it here, in this browser: never in the project itself, so that
// an imported file cannot allow itself. An import or a copy gets a new id, and starts refused.

const KEY = 'psb.preview.sameOrigin';

export interface SameOriginSetting {
  allowed(projectId: string | undefined): boolean;
  set(projectId: string, allowed: boolean): void;
  /** For `useSyncExternalStore`; returns how to stop listening. */
  subscribe(listener: () => void): () => void;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The setting in `storage` (the ids of the projects allowed); without one, or when it refuses, it lasts as long as the page. */
export function sameOriginSettingIn(storage: Storage | undefined): SameOriginSetting {
  let ids = new Set(read(storage));
  const listeners = new Set<() => void>();
  return {
    allowed: (projectId) => projectId !== undefined && ids.has(projectId),
    set(projectId, allowed) {
      ids = new Set(ids);
      if (allowed) ids.add(projectId);
      else ids.delete(projectId);
      try {
        storage?.setItem(KEY, JSON.stringify([...ids]));
      } catch {
        // Not remembered after this page, but honoured in it.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | undefined): string[] {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The page's setting, in localStorage. */
export const sameOriginSetting = sameOriginSettingIn(globalThis.localStorage);
