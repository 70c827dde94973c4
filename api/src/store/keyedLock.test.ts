import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyedLock.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedLock', () => {
  it('runs tasks of one key one at a time, in call order, even when one fails', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        events.push(`${name} start`);
        await tick();
        events.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      lock.run('a', task('1')),
      lock.run('a', task('2', true)),
      lock.run('a', task('3')),
    ]);
    expect(events).toEqual(['1 start', '1 end', '2 start', '2 end', '3 start', '3 end']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('lets different keys run at the same time, and tells when all are done', async () => {
    const lock = new KeyedLock();
    let running = 0;
    let most = 0;
    const task = async () => {
      most = Math.max(most, ++running);
      await tick();
      running--;
    };
    const all = Promise.all(['a', 'b', 'c'].map((key) => lock.run(key, task)));
    await lock.whenIdle();
    expect(running).toBe(0);
    await all;
    expect(most).toBe(3);
  });
});
