interface Props {
  /** Which region, in words: "left sidebar", "dock". */
  region: string;
  controls: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
}

const ARROWS: Record<string, [open: string, closed: string]> = {
  'left sidebar': ['«', '»'],
  'right sidebar': ['»', '«'],
  dock: ['▾', '▴'],
};

/** Hides a region of the workspace to give the canvas its room, or shows it again. */
export function CollapseButton({ region, controls, collapsed, onCollapsedChange }: Props) {
  const [open, closed] = ARROWS[region] ?? ['−', '+'];
  return (
    <button
      type="button"
      className="collapse-button"
      aria-expanded={!collapsed}
      aria-controls={controls}
      title={`${collapsed ? 'Show' : 'Hide'} the ${region}`}
      aria-label={`${collapsed ? 'Show' : 'Hide'} the ${region}`}
      onClick={() => onCollapsedChange(!collapsed)}
    >
      <span aria-hidden="true">{collapsed ? closed : open}</span>
    </button>
  );
}
