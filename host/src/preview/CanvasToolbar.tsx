/** How the canvas treats a click: Edit selects the component under it, Preview runs its flows as a visitor's would. */
export type CanvasMode = 'edit' | 'preview';

/** The page's width on the canvas; desktop takes all the canvas has. */
export const DEVICES = [
  { key: 'phone', label: 'Phone', width: 375 },
  { key: 'tablet', label: 'Tablet', width: 768 },
  { key: 'desktop', label: 'Desktop', width: undefined },
] as const;
export type Device = (typeof DEVICES)[number]['key'];

interface Props {
  mode: CanvasMode;
  onMode(mode: CanvasMode): void;
  device: Device;
  onDevice(device: Device): void;
  zoom: number;
  /** +1 zooms in a step, -1 out, 0 back to 100%. */
  onZoom(step: 1 | -1 | 0): void;
  onResetValues(): void;
}

/** The canvas's commands: what a click does, the device's width, the zoom, and the run-time values' reset. */
export function CanvasToolbar({ mode, onMode, device, onDevice, zoom, onZoom, onResetValues }: Props) {
  return (
    <div className="canvas-toolbar">
      <fieldset className="canvas-segments" aria-label="Mode">
        <Segment pressed={mode === 'edit'} onClick={() => onMode('edit')} title="A click selects the component">
          Edit
        </Segment>
        <Segment pressed={mode === 'preview'} onClick={() => onMode('preview')} title="Buttons and inputs run their flows">
          Preview
        </Segment>
      </fieldset>
      <fieldset className="canvas-segments" aria-label="Device width">
        {DEVICES.map((d) => (
          <Segment
            key={d.key}
            pressed={device === d.key}
            onClick={() => onDevice(d.key)}
            title={d.width ? `${d.width} px wide` : 'The full width'}
          >
            {d.label}
            {d.width && <span className="canvas-muted"> {d.width}</span>}
          </Segment>
        ))}
      </fieldset>
      <fieldset className="canvas-segments" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => onZoom(-1)}>
          −
        </button>
        <button
          type="button"
          aria-label={`Zoom ${Math.round(zoom * 100)}%, back to 100%`}
          title="Back to 100% (0)"
          onClick={() => onZoom(0)}
        >
          {Math.round(zoom * 100)}%
        </button>
        <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => onZoom(1)}>
          +
        </button>
      </fieldset>
      <button type="button" onClick={onResetValues}>
        Reset values
      </button>
    </div>
  );
}

function Segment({
  pressed,
  onClick,
  title,
  children,
}: {
  pressed: boolean;
  onClick(): void;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <button type="button" aria-pressed={pressed} className={pressed ? 'pressed' : undefined} title={title} onClick={onClick}>
      {children}
    </button>
  );
}
