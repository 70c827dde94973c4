import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * The physical limit of storing a snapshot: JSON.parse of the bytes, then one durable write of them as the
 * FileStore does it (temp file, fsync, rename, fsync the folder), in `concurrency` loops writing one file each,
 * in this process, for `seconds`. Returns completed writes per second.
 */
export async function durableWriteRate(
  bytes: Buffer,
  dir: string,
  { seconds, concurrency }: { seconds: number; concurrency: number },
) {
  await mkdir(dir, { recursive: true });
  const deadline = performance.now() + seconds * 1000;
  let writes = 0;
  const loop = async (slot: number) => {
    const file = path.join(dir, `ceiling-${slot}.json`);
    for (let n = 0; performance.now() < deadline; n++) {
      JSON.parse(bytes.toString('utf8'));
      const temp = path.join(dir, `.ceiling-${slot}.${n}.tmp`);
      const handle = await open(temp, 'wx');
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
      await rename(temp, file);
      const folder = await open(dir, 'r');
      await folder.sync();
      await folder.close();
      writes++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, slot) => loop(slot)));
  return writes / ((performance.now() - started) / 1000);
}
