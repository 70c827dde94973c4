// Whether the editor saves by itself: on unless the person turned it off, remembered in this browser.

const KEY = 'psb.autosave';

export interface AutosaveSetting {
  get(): boolean;
  set(on: boolean): void;
  /** For `useSyncExternalStore`; returns how to stop listening. */
  subscribe(listener: () => void): () => void;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The setting in `storage`; without one (or when the browser refuses it) it lives as long as the page. */
export function autosaveSettingIn(storage: Storage | undefined): AutosaveSetting {
  const read = (): string | null => {
    try {
      return storage?.getItem(KEY) ?? null;
    } catch {
      return null;
    }
  };
  let on = read() !== 'off';
  const listeners = new Set<() => void>();
  return {
    get: () => on,
    set(value) {
      on = value;
      try {
        storage?.setItem(KEY, value ? 'on' : 'off');
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

/** The page's setting, in localStorage. */
export const autosaveSetting = autosaveSettingIn(globalThis.localStorage);
