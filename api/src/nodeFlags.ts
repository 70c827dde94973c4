/**
 * The Node flags the server runs with: `npm start` passes them, and so do the end-to-end tests and the benchmark,
 * which start it as a user does.
 *
 * `--initial-old-space-size`: by default V8 fits the old generation to the server's small live heap and, under a
 * stream of writes, marks and compacts it several times a second, each time to free the requests that outlived a
 * young-generation collection while their file was being fsynced. Starting it larger spares those collections and
 * their CPU on every write. It is not a limit: the heap only holds more garbage between collections.
 */
export const SERVER_NODE_FLAGS = ['--initial-old-space-size=128'];
