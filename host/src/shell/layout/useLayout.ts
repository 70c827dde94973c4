import { useEffect, useState } from 'react';
import { clampSize, type LayoutSettings, readLayout, type Size, writeLayout } from './layoutSettings.js';

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The workspace's layout, read once from this browser and written back on every change. */
export function useLayout() {
  const [layout, setLayout] = useState(() => readLayout(storage()));
  useEffect(() => writeLayout(storage(), layout), [layout]);
  const change = (patch: Partial<LayoutSettings>) => setLayout((current) => ({ ...current, ...patch }));
  return {
    layout,
    resize: (size: Size, value: number) => change({ [size]: clampSize(size, value) }),
    setCollapsed: (size: Size, collapsed: boolean) => change({ [`${size}Collapsed`]: collapsed }),
    showTab: (key: string) => change({ dockTab: key, dockCollapsed: false }),
  };
}
