import type { Variable } from '@psb/contracts';
import { type KeyboardEvent, type Ref, useId } from 'react';
import { compactValue } from './compact.js';

interface VariableListProps {
  variables: readonly Variable[];
  selectedId: string | undefined;
  onSelect(id: string): void;
  listRef?: Ref<HTMLDivElement>;
}

const STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * The variables as a listbox with one tab stop (roving tabindex): arrows, Home and End move focus and selection
 * together, and the selected variable's form shows below.
 */
export function VariableList({ variables, selectedId, onSelect, listRef }: VariableListProps) {
  const prefix = useId();
  const optionId = (id: string) => `${prefix}-${id}`;
  const selectedIndex = variables.findIndex((v) => v.id === selectedId);
  const tabStop = Math.max(selectedIndex, 0);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = STEPS[event.key];
    const target = step ? variables[step(index, variables.length - 1)] : undefined;
    if (target) {
      event.preventDefault();
      onSelect(target.id);
      document.getElementById(optionId(target.id))?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const here = variables[index];
      if (here) onSelect(here.id);
    }
  };

  return (
    <div ref={listRef} role="listbox" aria-label="Variables" className="psb-vars-list">
      {variables.map((variable, index) => {
        const shownDefault = compactValue(variable.defaultValue);
        return (
          <div
            key={variable.id}
            id={optionId(variable.id)}
            role="option"
            tabIndex={index === tabStop ? 0 : -1}
            aria-selected={variable.id === selectedId}
            aria-label={`${variable.name}, ${variable.type}, default ${shownDefault}`}
            className="psb-vars-row"
            onClick={() => onSelect(variable.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className="psb-vars-row-name">{variable.name}</span>
            <span className="psb-vars-row-type">{variable.type}</span>
            <code className="psb-vars-row-default">{shownDefault}</code>
          </div>
        );
      })}
    </div>
  );
}
