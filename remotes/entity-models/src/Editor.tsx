import { SearchBox, useWindowedList } from '@psb/contracts/windowing';
import { memo, useId, useMemo, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { ModelCard } from './ModelCard.js';
import { modelIdsMatching } from './selectors.js';
import { modelAdded, selectModelIds } from './slice.js';
import './editor.css';

/** A card's first guess of height (name and a few fields); each card is measured once drawn. */
const CARD_HEIGHT = 260;

/**
 * The entity models panel: the models, searchable by name, each with its fields, and a way to add one. Only the
 * cards in view are drawn (and the one holding focus); Alt+↓ / Alt+↑ move to the next or previous model, Ctrl+Home
 * and Ctrl+End to the first or last.
 */
export function Editor() {
  const [query, setQuery] = useState('');
  const selectIds = useMemo(() => modelIdsMatching(query), [query]);
  // Ids only: each card follows its own model, so an edit re-renders the card it changed, not all of them.
  const ids = useSelector(selectIds);
  const total = useSelector(selectModelIds).length;
  const dispatch = useDispatch();
  const listId = useId();
  const list = useWindowedList({ ids, rowHeight: CARD_HEIGHT, overscan: 2 });
  const focusModel = (index: number) => list.focusRow(Math.max(0, Math.min(ids.length - 1, index)), 'input', 'start');
  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = list.focusedIndex;
    let to: number | undefined;
    if (event.altKey && event.key === 'ArrowDown') to = at + 1;
    else if (event.altKey && event.key === 'ArrowUp') to = at - 1;
    else if (event.ctrlKey && event.key === 'Home') to = 0;
    else if (event.ctrlKey && event.key === 'End') to = ids.length - 1;
    if (to === undefined) return;
    event.preventDefault();
    if (to >= 0) focusModel(to);
  };

  return (
    <div className="psb-models">
      {total === 0 ? (
        <p>No models yet.</p>
      ) : (
        <SearchBox
          label="Search models"
          query={query}
          shown={ids.length}
          total={total}
          noun={total === 1 ? 'model' : 'models'}
          listId={listId}
          onQuery={setQuery}
          onEnterResults={() => focusModel(0)}
        />
      )}
      {ids.length === 0 && query !== '' && <p className="psb-muted">No model is named like “{query}”.</p>}
      <div ref={list.scrollerRef} className="psb-models-scroller">
        <ul
          id={listId}
          aria-label="Models"
          aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp Control+Home Control+End"
          className="psb-window"
          style={{ height: list.totalSize }}
          onFocus={list.onFocus}
          onKeyDown={onKeyDown}
        >
          {list.rows.map((row) => (
            <ModelRow
              key={row.id}
              id={row.id}
              drawIndex={row.index}
              setSize={ids.length}
              top={row.start}
              measure={list.measure}
            />
          ))}
        </ul>
      </div>
      <button type="button" onClick={() => dispatch(modelAdded())}>
        Add model
      </button>
    </div>
  );
}

const ModelRow = memo(function ModelRow(props: {
  id: string;
  drawIndex: number;
  setSize: number;
  top: number;
  measure: (element: HTMLElement | null) => void;
}) {
  return (
    <li
      ref={props.measure}
      data-index={props.drawIndex}
      data-row-id={props.id}
      className="psb-window-row"
      aria-posinset={props.drawIndex + 1}
      aria-setsize={props.setSize}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <ModelCard id={props.id} />
    </li>
  );
});
