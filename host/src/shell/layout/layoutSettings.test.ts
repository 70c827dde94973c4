import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, LAYOUT_KEY, type LayoutSettings, readLayout, SIZE_LIMITS, writeLayout } from './layoutSettings.js';

const storageWith = (text?: string) => {
  const items = new Map<string, string>(text === undefined ? [] : [[LAYOUT_KEY, text]]);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

describe('the stored layout', () => {
  it('is the default layout the first time', () => {
    expect(readLayout(storageWith())).toEqual(DEFAULT_LAYOUT);
    expect(readLayout(undefined)).toEqual(DEFAULT_LAYOUT);
  });

  it('comes back as it was left', () => {
    const storage = storageWith();
    const left: LayoutSettings = {
      left: 340,
      right: 260,
      dock: 200,
      leftCollapsed: true,
      rightCollapsed: false,
      dockCollapsed: true,
      dockTab: 'actionFlows',
    };
    writeLayout(storage, left);
    expect(readLayout(storage)).toEqual(left);
  });

  it('keeps sizes within their limits', () => {
    const layout = readLayout(storageWith(JSON.stringify({ left: 5, right: 99_999, dock: 300.4 })));
    expect(layout).toMatchObject({ left: SIZE_LIMITS.left.min, right: SIZE_LIMITS.right.max, dock: 300 });
  });

  it('falls back to the default for each value it cannot read, keeping the others', () => {
    const stored = JSON.stringify({ left: 'wide', right: null, dock: 250, leftCollapsed: 'yes', dockTab: 3 });
    expect(readLayout(storageWith(stored))).toEqual({ ...DEFAULT_LAYOUT, dock: 250 });
    expect(readLayout(storageWith('{not json'))).toEqual(DEFAULT_LAYOUT);
    expect(readLayout(storageWith('[1, 2]'))).toEqual(DEFAULT_LAYOUT);
  });

  it('survives a browser that refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readLayout(refusing)).toEqual(DEFAULT_LAYOUT);
    expect(() => writeLayout(refusing, DEFAULT_LAYOUT)).not.toThrow();
  });
});
