import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { counted } from './counted.js';
import { focusWhenDrawn } from './lists/focusWhenDrawn.js';
import { keptRange } from './lists/keptRange.js';
import { SearchBox } from './lists/SearchBox.js';
import { type FlowsRootState, flowIdsMatching, selectFlowById, selectFlowIds, selectSelectedFlowId } from './selectors.js';
import { flowSelected } from './slice.js';

const ROW_HEIGHT = 30;

/**
 * The flows, searchable by name. Only the rows in view are in the document (and the focused one), each row reads its
 * own flow, so renaming a flow re-renders its row, not the list. Arrow keys, Home and End move between rows.
 */
export function FlowList() {
  const [query, setQuery] = useState('');
  const selectIds = useMemo(() => flowIdsMatching(query), [query]);
  const ids = useSelector(selectIds);
  const total = useSelector((state: FlowsRootState) => selectFlowIds(state).length);
  const selectedId = useSelector(selectSelectedFlowId);
  const dispatch = useDispatch();
  const listId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : ids.indexOf(focusedId);
  const rangeExtractor = useMemo(() => keptRange(focusedIndex), [focusedIndex]);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    rangeExtractor,
  });

  const focusRow = (index: number) => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, index))];
    if (id === undefined) return;
    virtualizer.scrollToIndex(ids.indexOf(id), { align: 'auto' });
    focusWhenDrawn(scroller.current, `[data-flow-id="${CSS.escape(id)}"] button`);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = focusedIndex;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) return; // ArrowUp on the first row stays there
    focusRow(to);
  };
  const onSelect = useCallback((id: string) => dispatch(flowSelected(id)), [dispatch]);
  const focusFromSearch = () => focusRow(0);

  return (
    <div className="psb-flows-browse">
      <SearchBox
        label="Search flows"
        query={query}
        shown={ids.length}
        total={total}
        noun={total === 1 ? 'flow' : 'flows'}
        listId={listId}
        onQuery={setQuery}
        onEnterResults={focusFromSearch}
      />
      {ids.length === 0 && query !== '' && <p className="psb-muted">No flow is named like “{query}”.</p>}
      <div ref={scroller} className="psb-flows-scroller">
        <ul
          id={listId}
          className="psb-flows-list psb-window"
          onFocus={(event) => setFocusedId(event.target.closest<HTMLElement>('[data-flow-id]')?.dataset.flowId ?? null)}
          aria-label="Flows"
          onKeyDown={onKeyDown}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const id = ids[item.index] as string;
            return (
              <FlowRow
                key={id}
                id={id}
                position={item.index + 1}
                setSize={ids.length}
                top={item.start}
                isSelected={id === selectedId}
                onSelect={onSelect}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
}

const FlowRow = memo(function FlowRow(props: {
  id: string;
  position: number;
  setSize: number;
  top: number;
  isSelected: boolean;
  onSelect: (id: string) => void;
}) {
  const flow = useSelector((state: FlowsRootState) => selectFlowById(state, props.id));
  if (!flow) return null;
  return (
    <li
      data-flow-id={props.id}
      className="psb-window-row"
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      style={{ transform: `translateY(${props.top}px)`, height: ROW_HEIGHT }}
    >
      <button type="button" aria-pressed={props.isSelected} onClick={() => props.onSelect(props.id)}>
        {flow.name} <span className="psb-muted">({counted(flow.steps.length, 'step')})</span>
      </button>
    </li>
  );
});
