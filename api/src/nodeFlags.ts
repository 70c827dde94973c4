/**
 * The Node flags the server runs with: `npm start` passes them, and so do the end-to-end tests and the benchmark,
 * which start it as a user does.
 *
 * `--initial-old-space-size`: by default V8 fits the old generation to the server's small live heap (about
 * 20 MB), and under a stream of writes marks and compacts it about every 90 ms, each time to free the 1–2 MB of
 * requests that outlived a young-generation collection while their file was being fsynced. Starting it at
 * 128 MB spares those collections: 15,000 PUTs of 100 KB took 1.6 ms of the server's CPU each instead of 2–2.1,
 * 3 full collections instead of about 160. It is not a limit: the heap only holds more garbage between them.
 */
export const SERVER_NODE_FLAGS = ['--initial-old-space-size=128'];
