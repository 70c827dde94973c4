import type { KeyboardEvent, PointerEvent } from 'react';
import { SIZE_LIMITS, type Size } from './layoutSettings.js';

interface Props {
  size: Size;
  value: number;
  collapsed: boolean;
  /** What it resizes, for its accessible name: "Resize the component tree". */
  label: string;
  controls: string;
  onResize: (value: number) => void;
  onCollapsedChange: (collapsed: boolean) => void;
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * The handle between two regions of the workspace: drag it, or focus it and use the arrow keys (Shift for bigger
 * steps, Home and End for the limits); Enter collapses or restores the region it resizes.
 */
export function Separator({ size, value, collapsed, label, controls, onResize, onCollapsedChange }: Props) {
  const horizontal = size === 'dock';
  const { min, max } = SIZE_LIMITS[size];

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const grow = horizontal ? 'ArrowUp' : size === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const shrink = horizontal ? 'ArrowDown' : size === 'left' ? 'ArrowLeft' : 'ArrowRight';
    if (![grow, shrink, 'Home', 'End', 'Enter'].includes(event.key)) return;
    event.preventDefault();
    if (event.key === 'Enter') onCollapsedChange(!collapsed);
    else if (event.key === grow && collapsed) onCollapsedChange(false);
    else if (event.key === grow) onResize(value + step);
    else if (event.key === shrink) onResize(value - step);
    else onResize(event.key === 'Home' ? min : max);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const start = horizontal ? event.clientY : event.clientX;
    const from = collapsed ? min : value;
    let open = !collapsed;
    const move = (moved: globalThis.PointerEvent) => {
      const along = (horizontal ? moved.clientY : moved.clientX) - start;
      // The left sidebar grows as the handle goes right; the right sidebar as it goes left, the dock as it goes up.
      const grown = size === 'left' ? along : -along;
      if (!open) {
        if (grown < STEP) return;
        onCollapsedChange(false);
        open = true;
      }
      onResize(from + grown);
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable, movable separator is a widget: <hr> cannot be one
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation={horizontal ? 'horizontal' : 'vertical'}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={collapsed ? 'Collapsed' : `${value} pixels`}
      className={`workspace-separator ${horizontal ? 'horizontal' : 'vertical'}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onDoubleClick={() => onCollapsedChange(!collapsed)}
    />
  );
}
