import { SearchBox, useWindowedList } from '@psb/contracts/windowing';
import { type KeyboardEvent, memo, type Ref, useCallback, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useSelector } from 'react-redux';
import { compactValue } from './compact.js';
import { selectVariableById, selectVariableCount, type VariablesRootState, variableIdsMatching } from './selectors.js';

/** What the editor may ask of the list: put the keyboard back on the selected row (after a delete). */
export interface VariableListHandle {
  focusSelected(): void;
}

interface VariableListProps {
  selectedId: string | undefined;
  onSelect(id: string): void;
  handle?: Ref<VariableListHandle>;
}

const ROW_HEIGHT = 26;

const STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * The variables as a listbox with one tab stop (roving tabindex), searchable by name: arrows, Home and End move
 * focus and selection together, and the selected variable's form shows below. Only the rows in view are in the
 * document (and the one holding focus), and each row reads its own variable, so an edit re-renders its row only.
 */
export const VariableList = memo(function VariableList({ selectedId, onSelect, handle }: VariableListProps) {
  const [query, setQuery] = useState('');
  const selectIds = useMemo(() => variableIdsMatching(query), [query]);
  const ids = useSelector(selectIds);
  const total = useSelector(selectVariableCount);
  const prefix = useId();
  const listId = `${prefix}-list`;
  const optionId = (id: string) => `${prefix}-${id}`;
  const selectedIndex = selectedId === undefined ? -1 : ids.indexOf(selectedId);
  const tabStop = Math.max(selectedIndex, 0);
  // The tab stop stays drawn when scrolled away (as the focused row does): Tab comes back to it.
  const list = useWindowedList({ ids, rowHeight: ROW_HEIGHT, tabStop });

  const focusRow = (index: number) => {
    const id = ids[index];
    if (id === undefined) return;
    onSelect(id);
    list.focusRow(index);
  };
  useImperativeHandle(handle, () => ({ focusSelected: () => focusRow(selectedIndex) }));

  const keyDown = (event: KeyboardEvent, index: number) => {
    const step = STEPS[event.key];
    if (step) {
      event.preventDefault();
      focusRow(step(index, ids.length - 1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const here = ids[index];
      if (here) onSelect(here);
    }
  };

  // One function for every row across renders, calling this render's handler: rows stay memoized while scrolling.
  const latestKeyDown = useRef(keyDown);
  latestKeyDown.current = keyDown;
  const onKeyDown = useCallback((event: KeyboardEvent, index: number) => latestKeyDown.current(event, index), []);

  return (
    <div className="psb-vars-browse">
      <SearchBox
        label="Search variables"
        query={query}
        shown={ids.length}
        total={total}
        noun={total === 1 ? 'variable' : 'variables'}
        listId={listId}
        onQuery={setQuery}
        onEnterResults={() => focusRow(0)}
      />
      {ids.length === 0 && <p className="psb-vars-muted">No variable is named like “{query}”.</p>}
      <div
        ref={list.scrollerRef}
        id={listId}
        role="listbox"
        aria-label="Variables"
        className="psb-vars-list"
        onFocus={list.onFocus}
      >
        <div role="presentation" className="psb-window" style={{ height: list.totalSize }}>
          {list.rows.map((row) => (
            <VariableRow
              key={row.id}
              id={row.id}
              domId={optionId(row.id)}
              index={row.index}
              setSize={ids.length}
              top={row.start}
              isSelected={row.id === selectedId}
              isTabStop={row.index === tabStop}
              measure={list.measure}
              onSelect={onSelect}
              onKeyDown={onKeyDown}
            />
          ))}
        </div>
      </div>
    </div>
  );
});

interface VariableRowProps {
  id: string;
  domId: string;
  index: number;
  setSize: number;
  top: number;
  isSelected: boolean;
  isTabStop: boolean;
  measure(element: Element | null): void;
  onSelect(id: string): void;
  onKeyDown(event: KeyboardEvent, index: number): void;
}

/* An edit of one variable reaches only its row, through its selector; the list reads ids, which stay the same. */
const VariableRow = memo(function VariableRow(props: VariableRowProps) {
  const variable = useSelector((state: VariablesRootState) => selectVariableById(state, props.id));
  if (!variable) return null;
  const shownDefault = compactValue(variable.defaultValue);
  return (
    <div
      ref={props.measure}
      data-index={props.index}
      data-row-id={props.id}
      id={props.domId}
      role="option"
      tabIndex={props.isTabStop ? 0 : -1}
      aria-selected={props.isSelected}
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      aria-label={`${variable.name}, ${variable.type}, default ${shownDefault}`}
      className="psb-vars-row psb-window-row"
      style={{ transform: `translateY(${props.top}px)` }}
      onClick={() => props.onSelect(props.id)}
      onKeyDown={(event) => props.onKeyDown(event, props.index)}
    >
      <span className="psb-vars-row-name">{variable.name}</span>
      <span className="psb-vars-row-type">{variable.type}</span>
      <code className="psb-vars-row-default">{shownDefault}</code>
    </div>
  );
});
