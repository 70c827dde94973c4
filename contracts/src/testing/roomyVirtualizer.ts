import type * as Virtual from '@tanstack/react-virtual';

/**
 * @tanstack/react-virtual as in a browser with a 600 px tall list: happy-dom lays nothing out, so a virtualizer
 * would see no room and draw no rows, and would measure every row as 0 px tall. Rows take their estimated height.
 * Use: `vi.mock('@tanstack/react-virtual', async (real) => (await import(…)).roomyVirtualizer(await real()))`.
 */
export function roomyVirtualizer(real: typeof Virtual): typeof Virtual {
  const rect = { width: 800, height: 600 };
  return {
    ...real,
    useVirtualizer: ((options) =>
      real.useVirtualizer({
        ...options,
        initialRect: rect,
        observeElementRect: (_, resize) => resize(rect),
        measureElement: (element) => options.estimateSize(Number(element.getAttribute('data-index'))),
      })) as typeof real.useVirtualizer,
  };
}
