import { SearchBox, useWindowedList } from '@psb/contracts/windowing';
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { counted } from './counted.js';
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
  const list = useWindowedList({ ids, rowHeight: ROW_HEIGHT });

  const focusRow = (index: number) => list.focusRow(Math.max(0, Math.min(ids.length - 1, index)), 'button');
  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = list.focusedIndex;
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
      <div ref={list.scrollerRef} className="psb-flows-scroller">
        <ul
          id={listId}
          className="psb-flows-list psb-window"
          onFocus={list.onFocus}
          aria-label="Flows"
          onKeyDown={onKeyDown}
          style={{ height: list.totalSize }}
        >
          {list.rows.map((row) => (
            <FlowRow
              key={row.id}
              id={row.id}
              position={row.index + 1}
              setSize={ids.length}
              top={row.start}
              isSelected={row.id === selectedId}
              onSelect={onSelect}
            />
          ))}
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
      data-row-id={props.id}
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
