/**
 * `record` behind a proxy that counts how often its keys are listed: by `Object.keys`, by `for...in`, and by
 * `Object.isFrozen`, which V8 answers for a large record by visiting every entry. For tests of what a reducer
 * leaves unvisited.
 */
export function countingKeyListings<T extends object>(record: T): { record: T; listings: () => number } {
  let listings = 0;
  const counted = new Proxy(record, {
    ownKeys(target) {
      listings++;
      return Reflect.ownKeys(target);
    },
  });
  return { record: counted, listings: () => listings };
}
