/**
 * The Node flags the server runs with: `npm start` passes them, and so do the end-to-end tests and the benchmark,
 * which start it as a user does.
 *
 * `--initial-old-space-size`: by default V8 fits the old generation to the server's small live heap (about
 * 20 MB), and under a stream of writes marks and compacts it about every 90 ms, each time to free the 1–2 MB of
 * requests that outlived a young-generation collection while their file was being fsynced. Starting it at
 * 128 MB spares those collections: 114 in 6,000 PUTs of 100 KB without it, none with it (3 in 15,000), and the
 * server's CPU per PUT went from 2.04–2.13 ms to 1.57–1.61. It is not a limit: the heap only holds more garbage
 * between collections.
 */
export const SERVER_NODE_FLAGS = ['--initial-old-space-size=128'];
