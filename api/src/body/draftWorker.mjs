// The worker thread of DraftReader. Plain JavaScript, so that Node starts it without a loader; tsx then loads
// the TypeScript, as it does for the server.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readDraft } = await import('./readDraft.ts');

parentPort.on('message', ({ id, bytes }) => {
  try {
    const reading = readDraft(bytes);
    // The bytes came moved, not copied (DraftReader): a valid draft's go back the same way, to be stored.
    if (reading.kind === 'valid' && !reading.json) reading.json = bytes;
    parentPort.postMessage({ id, reading }, reading.json ? [reading.json.buffer] : []);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
// Until this arrives, DraftReader reads drafts on the main thread rather than queue them behind the loading.
parentPort.postMessage({ ready: true });
