import { useEffect, useState } from 'react';
import { DEVICES, type Device } from './CanvasToolbar.js';

/** How the canvas shows the page, as the person left it: kept in this browser, like the workspace's layout. */
export interface CanvasView {
  device: Device;
  /** 1 is the page at its size. */
  zoom: number;
}

export const CANVAS_VIEW_KEY = 'psb.canvas';
export const DEFAULT_CANVAS_VIEW: CanvasView = { device: 'desktop', zoom: 1 };
/** The zoom's stops, as design tools offer them. */
export const ZOOMS = [0.25, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2] as const;

/** The next stop in or out from `zoom` (which may lie between stops), or `zoom` itself at either end. */
export function zoomStep(zoom: number, direction: 1 | -1): number {
  const next = direction > 0 ? ZOOMS.find((z) => z > zoom + 1e-9) : ZOOMS.findLast((z) => z < zoom - 1e-9);
  return next ?? zoom;
}

/** The view stored in `storage`, each value kept only if it makes sense; anything else falls back to its default. */
export function readCanvasView(storage: Pick<Storage, 'getItem'> | undefined): CanvasView {
  let stored: Partial<Record<keyof CanvasView, unknown>> = {};
  try {
    const value = JSON.parse(storage?.getItem(CANVAS_VIEW_KEY) ?? '{}') as unknown;
    if (typeof value === 'object' && value !== null) stored = value;
  } catch {
    // Unreadable: the defaults.
  }
  const device = DEVICES.find((d) => d.key === stored.device)?.key ?? DEFAULT_CANVAS_VIEW.device;
  const zoom = ZOOMS.find((z) => z === stored.zoom) ?? DEFAULT_CANVAS_VIEW.zoom;
  return { device, zoom };
}

/** Stores the view; a browser that refuses (private mode, quota) keeps it for this page only. */
export function writeCanvasView(storage: Pick<Storage, 'setItem'> | undefined, view: CanvasView): void {
  try {
    storage?.setItem(CANVAS_VIEW_KEY, JSON.stringify(view));
  } catch {
    // Kept for this page only.
  }
}

const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The canvas's device and zoom, read once from this browser and written back on every change. */
export function useCanvasView() {
  const [view, setView] = useState(() => readCanvasView(storage()));
  useEffect(() => writeCanvasView(storage(), view), [view]);
  return {
    view,
    setDevice: (device: Device) => setView((current) => ({ ...current, device })),
    setZoom: (zoom: number) => setView((current) => ({ ...current, zoom })),
  };
}
