import { describe, expect, it, vi } from 'vitest';
import { autosaveSettingIn } from './autosaveSetting.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the autosave setting', () => {
  it('is on by default, and a choice is remembered by the next page of this browser', () => {
    const storage = memoryStorage();
    const page = autosaveSettingIn(storage);
    expect(page.get()).toBe(true);
    const listener = vi.fn();
    page.subscribe(listener);
    page.set(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(autosaveSettingIn(storage).get()).toBe(false);
    page.set(true);
    expect(autosaveSettingIn(storage).get()).toBe(true);
  });

  it('works for the page when the browser refuses to store it', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const page = autosaveSettingIn(refusing);
    expect(page.get()).toBe(true);
    page.set(false);
    expect(page.get()).toBe(false);
  });
});
