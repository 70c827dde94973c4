import { describe, expect, it } from 'vitest';
import { CANVAS_VIEW_KEY, DEFAULT_CANVAS_VIEW, readCanvasView, writeCanvasView, zoomStep } from './canvasView.js';

const storageWith = (text: string | null) => ({ getItem: (key: string) => (key === CANVAS_VIEW_KEY ? text : null) });

describe('the canvas view kept in the browser', () => {
  it('reads back what was written', () => {
    const items = new Map<string, string>();
    writeCanvasView({ setItem: (key, value) => items.set(key, value) }, { device: 'phone', zoom: 0.5 });
    expect(readCanvasView({ getItem: (key) => items.get(key) ?? null })).toEqual({ device: 'phone', zoom: 0.5 });
  });

  it('falls back to the desktop at 100% for anything it cannot use', () => {
    expect(readCanvasView(storageWith(null))).toEqual(DEFAULT_CANVAS_VIEW);
    expect(readCanvasView(undefined)).toEqual(DEFAULT_CANVAS_VIEW);
    expect(readCanvasView(storageWith('{not json'))).toEqual(DEFAULT_CANVAS_VIEW);
    expect(readCanvasView(storageWith('{"device":"watch","zoom":40}'))).toEqual(DEFAULT_CANVAS_VIEW);
    expect(readCanvasView(storageWith('{"device":"tablet"}'))).toEqual({ device: 'tablet', zoom: 1 });
  });

  it('keeps working when the browser refuses to store it', () => {
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeCanvasView(refusing, DEFAULT_CANVAS_VIEW)).not.toThrow();
  });
});

describe('zooming by steps', () => {
  it('moves to the next stop in or out, and stays at either end', () => {
    expect(zoomStep(1, 1)).toBe(1.1);
    expect(zoomStep(1, -1)).toBe(0.9);
    expect(zoomStep(0.25, -1)).toBe(0.25);
    expect(zoomStep(2, 1)).toBe(2);
  });
});
