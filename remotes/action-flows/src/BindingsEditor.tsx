import { type ComponentTree, componentSpec, nodeOf, nodesInPageOrder } from '@psb/contracts';
import { SearchBox, useWindowedList } from '@psb/contracts/windowing';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useDispatch, useSelector, useStore } from 'react-redux';
import { BindingRow, type SelectTree } from './bindings/BindingRow.js';
import { componentText, emitsEvents, firstEmitter } from './bindings/componentText.js';
import { type FlowsRootState, selectBindingIds, selectSelectedFlowId } from './selectors.js';
import { actionFlowsSlice, bindingAdded } from './slice.js';

/** A row's height before it is measured: one line of fields; a broken binding or a narrow panel makes it taller. */
const ESTIMATED_ROW_HEIGHT = 40;

/**
 * Which component event runs which flow. A binding whose component or flow is gone is flagged, not hidden. Only the
 * rows in view (and the focused one) are drawn, each reading its own binding; a search finds bindings by component
 * or event.
 */
export function BindingsEditor({ selectTree }: { selectTree: SelectTree }) {
  const tree = useSelector(selectTree);
  const allIds = useSelector(selectBindingIds);
  const selectedFlowId = useSelector(selectSelectedFlowId);
  const store = useStore<FlowsRootState>();
  const dispatch = useDispatch();
  const [query, setQuery] = useState('');
  const ids = useMemo(() => matchingBindings(store.getState(), allIds, tree, query), [store, allIds, tree, query]);
  const listId = useId();
  const list = useWindowedList({ ids, rowHeight: ESTIMATED_ROW_HEIGHT, overscan: 4 });

  // The rows' callbacks read the tree and the flows when used, so they stay the same functions while one types.
  const treeNow = useRef(tree);
  treeNow.current = tree;
  const componentOptions = useCallback(
    (): [string, string][] =>
      (treeNow.current ? nodesInPageOrder(treeNow.current) : []).filter(emitsEvents).map((n) => [n.id, componentText(n)]),
    [],
  );
  const flowOptions = useCallback((): [string, string][] => {
    const { ids: flowIds, entities } = actionFlowsSlice.selectSlice(store.getState());
    return flowIds.map((id) => [id, entities[id]?.name ?? id]);
  }, [store]);
  const nodeType = useCallback(
    (nodeId: string) => (treeNow.current ? nodeOf(treeNow.current.nodes, nodeId)?.type : undefined),
    [],
  );

  const first = tree && firstEmitter(tree);
  const canAdd = first && selectedFlowId;
  const focusFromSearch = () => list.focusRow(0, 'input, button', 'start');

  return (
    <section className="psb-bindings" aria-label="Bindings">
      <h3>Bindings</h3>
      {!tree && <p className="psb-muted">The component tree is not loaded: components cannot be picked.</p>}
      {allIds.length === 0 && <p className="psb-muted">No component runs a flow yet.</p>}
      {allIds.length > 0 && (
        <SearchBox
          label="Search bindings by component or event"
          query={query}
          shown={ids.length}
          total={allIds.length}
          noun={allIds.length === 1 ? 'binding' : 'bindings'}
          listId={listId}
          onQuery={setQuery}
          onEnterResults={focusFromSearch}
        />
      )}
      <div ref={list.scrollerRef} className="psb-bindings-scroller">
        <ul
          id={listId}
          className="psb-window"
          aria-label="Bindings list"
          onFocus={list.onFocus}
          style={{ height: list.totalSize }}
        >
          {list.rows.map((row) => (
            <BindingRow
              key={row.id}
              id={row.id}
              selectTree={selectTree}
              treeLoaded={tree !== undefined}
              index={row.index}
              position={row.index + 1}
              setSize={ids.length}
              top={row.start}
              measure={list.measure}
              componentOptions={componentOptions}
              flowOptions={flowOptions}
              nodeType={nodeType}
            />
          ))}
        </ul>
      </div>
      <button
        type="button"
        disabled={!canAdd}
        onClick={() =>
          first &&
          selectedFlowId &&
          dispatch(
            bindingAdded({ nodeId: first.id, event: componentSpec(first.type)?.events[0] ?? 'click', flowId: selectedFlowId }),
          )
        }
      >
        Add binding
      </button>
      {!canAdd && (
        <span className="psb-muted"> Needs a flow and a component that emits events (a Button, an Input, an Image).</span>
      )}
    </section>
  );
}

/** The bindings whose component (as the list names it) or event holds `query`; all of them for no query. */
function matchingBindings(state: FlowsRootState, ids: string[], tree: ComponentTree | undefined, query: string) {
  const needle = query.trim().toLowerCase();
  if (needle === '') return ids;
  const { bindings } = actionFlowsSlice.selectSlice(state);
  return bindings
    .filter((b) => {
      const node = tree && nodeOf(tree.nodes, b.nodeId);
      const text = node ? componentText(node) : '';
      return text.toLowerCase().includes(needle) || b.event.toLowerCase().includes(needle);
    })
    .map((b) => b.id);
}
