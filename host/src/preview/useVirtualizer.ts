import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type PartialKeys,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'react';
import { flushSync } from 'react-dom';

type Options = PartialKeys<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn'
>;

/**
 * @tanstack/react-virtual's hook over the same core, for the host. The host does not consume the shared
 * @tanstack/react-virtual the remotes use: consuming a shared module makes the federation runtime fetch every
 * registered remote first, and a remote that is down then broke the whole editor instead of showing its panel
 * as unavailable.
 */
export function useVirtualizer(options: Options): Virtualizer<HTMLElement, HTMLElement> {
  const rerender = useReducer((x: number) => x + 1, 0)[1];
  const [measuring] = useState(() => ({ now: false }));
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      // A scroll redraws at once, as the library's hook does; a measurement (in a ref, during a commit) cannot.
      if (sync && !measuring.now) flushSync(rerender);
      else rerender();
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = useState(() => {
    const virtualizer = new Virtualizer(resolved);
    const measure = virtualizer.measureElement;
    virtualizer.measureElement = (node) => {
      measuring.now = true;
      try {
        measure(node);
      } finally {
        measuring.now = false;
      }
    };
    return virtualizer;
  });
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
