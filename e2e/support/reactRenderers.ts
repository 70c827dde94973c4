/**
 * An init script (Playwright serialises it, so it is self-contained): counts React renderers as React DOM
 * registers them with the devtools hook, one per copy of react-dom, in `window.__reactRendererVersions`.
 */
export function countReactRenderers() {
  const versions: string[] = [];
  Object.assign(window, {
    __reactRendererVersions: versions,
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer: { version: string }) {
        versions.push(renderer.version);
        return versions.length;
      },
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      checkDCE() {},
    },
  });
}
