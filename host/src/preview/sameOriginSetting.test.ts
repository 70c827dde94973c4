import { describe, expect, it } from 'vitest';
import { sameOriginSettingIn } from './sameOriginSetting.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => items.set(key, value) };
}

describe('sameOriginSetting', () => {
  it('is off for every project until allowed, per project, and is remembered by the browser', () => {
    const storage = memoryStorage();
    const setting = sameOriginSettingIn(storage);
    expect(setting.allowed('p1')).toBe(false);
    expect(setting.allowed(undefined)).toBe(false);
    setting.set('p1', true);
    expect(setting.allowed('p1')).toBe(true);
    expect(setting.allowed('p2')).toBe(false);

    const later = sameOriginSettingIn(storage);
    expect(later.allowed('p1')).toBe(true);
    later.set('p1', false);
    expect(sameOriginSettingIn(storage).allowed('p1')).toBe(false);
  });

  it('tells its listeners, and is off when what is stored is unreadable', () => {
    const setting = sameOriginSettingIn(memoryStorage({ 'psb.preview.sameOrigin': '{"p1":true}' }));
    expect(setting.allowed('p1')).toBe(false);
    let told = 0;
    const stop = setting.subscribe(() => told++);
    setting.set('p1', true);
    stop();
    setting.set('p1', false);
    expect(told).toBe(1);
  });
});
