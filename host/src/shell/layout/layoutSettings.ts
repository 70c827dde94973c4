/** Where the workspace's sidebars and dock are, as the person left them: kept in this browser. */
export interface LayoutSettings {
  /** Widths of the sidebars and height of the dock, in CSS pixels. */
  left: number;
  right: number;
  dock: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
  dockCollapsed: boolean;
  /** The key of the dock's shown editor; the first one when unset or gone. */
  dockTab?: string;
}

export type Size = 'left' | 'right' | 'dock';

export const LAYOUT_KEY = 'psb.layout';

export const DEFAULT_LAYOUT: LayoutSettings = {
  left: 280,
  right: 320,
  dock: 280,
  leftCollapsed: false,
  rightCollapsed: false,
  dockCollapsed: false,
};

/** The range each size may take: a sidebar narrower than its toolbar, or a dock with no room, is no use. */
export const SIZE_LIMITS: Record<Size, { min: number; max: number }> = {
  left: { min: 200, max: 520 },
  right: { min: 240, max: 560 },
  dock: { min: 120, max: 640 },
};

export const clampSize = (size: Size, value: number) =>
  Math.round(Math.min(SIZE_LIMITS[size].max, Math.max(SIZE_LIMITS[size].min, value)));

/**
 * The settings stored in `storage`, each one kept only if it makes sense: a value from an older build or edited by
 * hand falls back to its default rather than break the layout.
 */
export function readLayout(storage: Pick<Storage, 'getItem'> | undefined): LayoutSettings {
  const stored = parse(safely(() => storage?.getItem(LAYOUT_KEY)));
  const settings = { ...DEFAULT_LAYOUT };
  for (const size of ['left', 'right', 'dock'] as const) {
    const value = stored[size];
    if (typeof value === 'number' && Number.isFinite(value)) settings[size] = clampSize(size, value);
  }
  for (const flag of ['leftCollapsed', 'rightCollapsed', 'dockCollapsed'] as const) {
    if (typeof stored[flag] === 'boolean') settings[flag] = stored[flag];
  }
  if (typeof stored.dockTab === 'string') settings.dockTab = stored.dockTab;
  return settings;
}

/** Stores the settings; a browser that refuses (private mode, quota) keeps the layout for this page only. */
export function writeLayout(storage: Pick<Storage, 'setItem'> | undefined, settings: LayoutSettings): void {
  safely(() => storage?.setItem(LAYOUT_KEY, JSON.stringify(settings)));
}

function parse(text: string | null | undefined): Partial<Record<keyof LayoutSettings, unknown>> {
  if (!text) return {};
  const value = safely(() => JSON.parse(text) as unknown);
  return typeof value === 'object' && value !== null ? value : {};
}

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
