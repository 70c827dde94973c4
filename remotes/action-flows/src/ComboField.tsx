import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Option, PickerProps } from './SelectField.js';

/** Most options listed at once: a list to scroll through, short enough to build at once in a project of any size. */
export const MOST_SHOWN = 100;

/** What the open list shows for a query: the first MOST_SHOWN options whose text holds it, and how many matched. */
export function matching(options: readonly Option[], query: string): { shown: readonly Option[]; matched: number } {
  const needle = query.trim().toLocaleLowerCase();
  const all = needle === '' ? options : options.filter(([, text]) => text.toLocaleLowerCase().includes(needle));
  return { shown: all.slice(0, MOST_SHOWN), matched: all.length };
}

/**
 * A labelled combobox for choices that grow with the project (components, flows, variables), after the WAI-ARIA
 * editable combobox with list autocomplete: typing narrows the list by text and highlights the first match,
 * the arrow keys move through it, Enter or a click picks, Escape, Tab or a click elsewhere closes it and keeps
 * the current choice. At most MOST_SHOWN options are listed: a native select would hold them all (on a
 * large page thousands, slow to open) and leave them to be scrolled through.
 * The options are read when the field gets focus, not on each render. Closed, the field shows the current
 * choice, even one no option has (a deleted variable).
 */
export function ComboField({ label, current, options, onChange }: PickerProps) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const [all, setAll] = useState<readonly Option[]>([]);
  const [open, setOpen] = useState(false);
  // What was typed since the list opened; until then the field shows the current choice and the list every option.
  const [query, setQuery] = useState<string>();
  // An option's place in the list, or the current choice's wherever it is in the list now.
  const [highlighted, setHighlighted] = useState<number | 'current'>('current');
  const { shown, matched } = matching(all, query ?? '');
  const at = highlighted === 'current' ? shown.findIndex(([value]) => value === current[0]) : highlighted;
  // Typing highlights the first match, which is none when nothing matches.
  const active = open && at < shown.length ? at : -1;

  useEffect(() => {
    if (active >= 0) list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const show = () => {
    setOpen(true);
    setHighlighted('current');
  };
  const close = () => {
    setOpen(false);
    setQuery(undefined);
    setHighlighted('current');
  };
  const choose = ([value]: Option) => {
    close();
    if (value !== current[0]) onChange(value);
  };
  const move = (by: 1 | -1) => {
    if (!open) return show();
    const count = shown.length;
    if (count > 0) setHighlighted(active < 0 ? (by > 0 ? 0 : count - 1) : (active + by + count) % count);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const picked = shown[active];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') move(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Enter' && picked) choose(picked);
    else if (event.key === 'Escape' && open) close();
    else return;
    event.preventDefault();
  };

  return (
    <div className="psb-flows-field psb-combo">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-${active}` : undefined}
        autoComplete="off"
        value={query ?? current[1]}
        onFocus={(event) => {
          setAll(options());
          event.currentTarget.select();
        }}
        onBlur={() => {
          close();
          setAll([]);
        }}
        onClick={() => (open ? close() : show())}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setHighlighted(0);
        }}
      />
      <div className="psb-combo-popup" hidden={!open}>
        <div ref={list} id={`${id}-list`} role="listbox" aria-labelledby={`${id}-label`}>
          {open &&
            shown.map((option, index) => (
              // The keys are the input's (aria-activedescendant); the pointer picks here.
              // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
              <div
                key={option[0]}
                id={`${id}-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                // Keeps the focus in the input, so that a click picks rather than blurs and closes.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setHighlighted(index)}
                onClick={() => choose(option)}
              >
                {option[1]}
              </div>
            ))}
        </div>
        {open && matched === 0 && <p>Nothing matches “{query}”.</p>}
        {open && matched > shown.length && <p>{(matched - shown.length).toLocaleString('en')} more: type to narrow the list.</p>}
      </div>
    </div>
  );
}
