import { afterEach, describe, expect, it, vi } from 'vitest';
import { dirtyView } from './useDirty.js';

/** A store of one number, and a session that calls the document dirty when it is not 0, counting its comparisons. */
function setup() {
  let state = { n: 0 };
  const listeners = new Set<() => void>();
  const store = {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const session = { isDirty: vi.fn((s: { n: number }) => s.n !== 0) };
  const set = (n: number) => {
    state = { n };
    for (const listener of listeners) listener();
  };
  return { view: dirtyView(session as never, store as never), session, set };
}

afterEach(() => vi.useRealTimers());

describe('dirtyView', () => {
  it('catches up once the change is painted: a burst of key presses costs one comparison, none during the presses', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { view, session, set } = setup();
    const seen = vi.fn();
    view.subscribe(seen);
    session.isDirty.mockClear();

    set(1);
    set(2);
    set(3);
    expect(session.isDirty).not.toHaveBeenCalled();
    expect(view.get()).toBe(false);

    vi.runAllTimers();
    expect(session.isDirty).toHaveBeenCalledTimes(1);
    expect(view.get()).toBe(true);
    expect(seen).toHaveBeenCalledTimes(1);

    set(0); // undone by hand
    vi.runAllTimers();
    expect(view.get()).toBe(false);
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('is up to date when its first reader subscribes, and stops watching when the last leaves', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const { view, session, set } = setup();
    set(5);
    const leave = view.subscribe(() => {});
    expect(view.get()).toBe(true);
    leave();
    session.isDirty.mockClear();
    set(0);
    vi.runAllTimers();
    expect(session.isDirty).not.toHaveBeenCalled();
  });
});
