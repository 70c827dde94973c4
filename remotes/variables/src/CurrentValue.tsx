import type { Variable } from '@psb/contracts';
import { useEffect, useRef, useState } from 'react';
import { ValueField } from './ValueField.js';

interface CurrentValueProps {
  variable: Variable;
  /** The run-time value, boxed; undefined when the preview starts from the default. */
  current: { value: unknown } | undefined;
  onChange(value: unknown): void;
  onClear(): void;
}

/** The optional run-time value the preview starts from instead of the default, and the way back to the default. */
export function CurrentValue({ variable, current, onChange, onClear }: CurrentValueProps) {
  const box = useRef<HTMLDivElement>(null);
  // The button pressed disappears, so the keyboard moves on to what replaced it.
  const [focusNext, setFocusNext] = useState<'control' | 'button'>();
  useEffect(() => {
    if (!focusNext) return;
    box.current?.querySelector<HTMLElement>(focusNext === 'control' ? 'input, textarea' : 'button')?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  return (
    <div ref={box} className="psb-vars-current">
      {current ? (
        <>
          <ValueField key={variable.type} label="Current value" type={variable.type} value={current.value} onChange={onChange} />
          <button
            type="button"
            className="psb-vars-use-default"
            onClick={() => {
              onClear();
              setFocusNext('button');
            }}
          >
            Use default
          </button>
        </>
      ) : (
        <div className="psb-vars-field">
          <span>Current value</span>
          <span className="psb-vars-muted">
            The default.{' '}
            <button
              type="button"
              onClick={() => {
                onChange(variable.defaultValue);
                setFocusNext('control');
              }}
            >
              Set current value
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
