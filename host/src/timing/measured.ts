/**
 * Runs `step` and records how long it took as a User Timing measure named `psb <name>`: DevTools shows each
 * step of opening a project on its timeline, and the browser benchmark reads them. Only the measure is kept,
 * no marks.
 */
export function measured<T>(name: string, step: () => T): T {
  const start = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`psb ${name}`, { start, end: performance.now() });
  }
}
