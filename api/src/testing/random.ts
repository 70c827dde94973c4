/** A seeded pseudo-random source (mulberry32), so a run that found a problem can be repeated with its seed. */
export function randomSource(seedText?: string) {
  const seed = seedText ? Number(seedText) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
  let state = seed;
  return {
    seed,
    /** A number in [0, 1). */
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    },
  };
}
