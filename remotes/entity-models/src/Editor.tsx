import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { focusWhenDrawn } from './lists/focusWhenDrawn.js';
import { keptRange } from './lists/keptRange.js';
import { SearchBox } from './lists/SearchBox.js';
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
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : ids.indexOf(focusedId);
  const rangeExtractor = useMemo(() => keptRange(focusedIndex), [focusedIndex]);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 2,
    rangeExtractor,
  });

  const focusModel = (index: number) => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
    if (id === undefined) return;
    // Kept drawn from now on (see keptRange), so it can be focused even before the scroll reaches it.
    setFocusedId(id);
    virtualizer.scrollToIndex(ids.indexOf(id), { align: 'start' });
    focusWhenDrawn(scroller.current, `[data-model-id="${CSS.escape(id)}"] input`);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = focusedIndex;
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
      <div ref={scroller} className="psb-models-scroller">
        <ul
          id={listId}
          aria-label="Models"
          aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp Control+Home Control+End"
          className="psb-models-window"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={(event) => setFocusedId(event.target.closest<HTMLElement>('[data-model-id]')?.dataset.modelId ?? null)}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const id = ids[item.index] as string;
            return (
              <ModelRow
                key={id}
                id={id}
                drawIndex={item.index}
                setSize={ids.length}
                top={item.start}
                measure={virtualizer.measureElement}
              />
            );
          })}
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
      data-model-id={props.id}
      className="psb-models-window-row"
      aria-posinset={props.drawIndex + 1}
      aria-setsize={props.setSize}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <ModelCard id={props.id} />
    </li>
  );
});
