import { nodeOf } from '@psb/contracts';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDispatch, useSelector, useStore } from 'react-redux';
import { treeLabel } from '../names.js';
import {
  type ComponentTreeState,
  componentTreeSlice,
  duplicateProblem,
  moveProblem,
  nodeDuplicated,
  nodeMoved,
  nodeRemoved,
  selected,
  type TreeDispatch,
  toggled,
} from '../slice.js';
import { type DropHint, dropHint, whereOnRow } from './dropHint.js';
import { dropTarget, type Move, moveTarget } from './moves.js';
import type { Row } from './rows.js';
import { selectRows } from './selectRows.js';

import './dropHint.css';

const ROW_HEIGHT = 28;
const DRAG_TYPE = 'application/x-psb-node';

type TreeRootState = { componentTree: ComponentTreeState };
const selectTree = (state: TreeRootState) => componentTreeSlice.selectSlice(state);

/**
 * The page structure as an ARIA tree. Only the rows in view are in the document (virtualized), and each
 * row reads its own node by id, so an edit re-renders the rows it touches, not the whole tree.
 */
export function TreeView({ onMessage }: { onMessage: (message: string) => void }) {
  const rows = useSelector((state: TreeRootState) => selectRows(selectTree(state)));
  const selectedId = useSelector((state: TreeRootState) => selectTree(state).selectedId);
  // Moves read the tree when they happen: subscribing to all of it would re-render the tree on every prop edit.
  const store = useStore<TreeRootState>();
  const dispatch = useDispatch<TreeDispatch>();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  // Looked up when the rows or the selection change, not at each scroll step: a search of 50,000 rows.
  const selectedIndex = useMemo(() => rows.findIndex((r) => r.id === selectedId), [rows, selectedId]);
  const focusWanted = useRef(false);
  // The row being dragged (dataTransfer is unreadable until the drop), and where it would land now.
  const dragged = useRef<string | null>(null);
  const [hint, setHint] = useState<{ id: string; drop: DropHint } | null>(null);

  // Keeps the selected row in view, and focused when the keyboard moved the selection.
  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    if (!focusWanted.current) return;
    focusWanted.current = false;
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(selectedId ?? '')}"]`)?.focus(),
    );
  }, [selectedIndex, selectedId, virtualizer]);

  const select = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    focusWanted.current = true;
    dispatch(selected(row.id));
  };
  const move = (id: string, how: Move) => {
    const target = moveTarget(selectTree(store.getState()), id, how);
    if ('problem' in target) return onMessage(target.problem);
    focusWanted.current = true;
    dispatch(nodeMoved({ id, to: target.to }));
    onMessage('');
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const row = rows[selectedIndex];
    const moves: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
    if (event.altKey && row && moves[event.key]) {
      event.preventDefault();
      move(row.id, moves[event.key] as Move);
      return;
    }
    // Ctrl/Cmd+D duplicates; C, X and V are left to the browser, whose copy, cut and paste events carry them.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'd' && row) {
      event.preventDefault();
      const problem = duplicateProblem(selectTree(store.getState()), row.id);
      if (problem) return onMessage(problem);
      focusWanted.current = true;
      dispatch(nodeDuplicated(row.id));
      onMessage('');
      return;
    }
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          select(selectedIndex + 1);
          return true;
        case 'ArrowUp':
          select(Math.max(0, selectedIndex - 1));
          return true;
        case 'Home':
          select(0);
          return true;
        case 'End':
          select(rows.length - 1);
          return true;
        case 'ArrowRight':
          if (row?.hasChildren && !row.expanded) dispatch(toggled({ id: row.id, expanded: true }));
          else if (row?.hasChildren) select(selectedIndex + 1);
          return true;
        case 'ArrowLeft':
          if (row?.hasChildren && row.expanded) dispatch(toggled({ id: row.id, expanded: false }));
          else if (row?.parentId) select(rows.findIndex((r) => r.id === row.parentId));
          return true;
        case 'Delete':
          if (row) dispatch(nodeRemoved(row.id));
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  // Row callbacks stay the same functions across edits, so memoized rows re-render only when their own node changes.
  const latest = useRef(onMessage);
  latest.current = onMessage;
  const onDrop = useCallback(
    (event: React.DragEvent, targetId: string) => {
      const draggedId = event.dataTransfer.getData(DRAG_TYPE);
      if (!draggedId) return;
      event.preventDefault();
      const current = selectTree(store.getState());
      const say = latest.current;
      dragged.current = null;
      setHint(null);
      const to = dropTarget(current, draggedId, targetId, whereOnRow(heightOnRow(event)));
      if (!to) return;
      const problem = moveProblem(current, draggedId, to);
      if (problem) return say(problem);
      dispatch(nodeMoved({ id: draggedId, to }));
      say('');
    },
    [dispatch, store],
  );
  // While a row is dragged over another: a line where it would land, the container it would go into, or a refusal.
  const onDragOver = useCallback(
    (event: React.DragEvent, targetId: string) => {
      const draggedId = dragged.current;
      if (!draggedId) return;
      const drop = dropHint(selectTree(store.getState()), draggedId, targetId, whereOnRow(heightOnRow(event)));
      setHint((before) => (before?.id === targetId && before.drop === drop ? before : { id: targetId, drop }));
    },
    [store],
  );
  const onDragStart = useCallback((id: string | null) => {
    dragged.current = id;
    if (id === null) setHint(null);
  }, []);
  const onSelect = useCallback((id: string) => dispatch(selected(id)), [dispatch]);
  const onToggle = useCallback((id: string, expanded: boolean) => dispatch(toggled({ id, expanded })), [dispatch]);

  if (rows.length === 0) return <p>The page is empty. Add a component from the palette.</p>;
  return (
    <div
      ref={scroller}
      className="psb-tree-scroller"
      role="tree"
      aria-label="Components"
      onKeyDown={onKeyDown}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHint(null);
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as Row;
          return (
            <TreeRow
              key={row.id}
              row={row}
              top={item.start}
              isSelected={row.id === selectedId}
              focusable={row.id === selectedId || (selectedIndex < 0 && item.index === 0)}
              onSelect={onSelect}
              onToggle={onToggle}
              onDrop={onDrop}
              onDragOver={onDragOver}
              onDragStart={onDragStart}
              drop={hint?.id === row.id ? hint.drop : undefined}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps {
  row: Row;
  top: number;
  isSelected: boolean;
  focusable: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string, expanded: boolean) => void;
  onDrop: (event: React.DragEvent, targetId: string) => void;
  onDragOver: (event: React.DragEvent, targetId: string) => void;
  /** The dragged row's id as its drag starts; null as it ends. */
  onDragStart: (id: string | null) => void;
  drop: DropHint | undefined;
}

/** The pointer's height on the row a drag event is over, from 0 (top) to 1 (bottom). */
function heightOnRow(event: React.DragEvent): number {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return (event.clientY - box.top) / box.height;
}

/** One tree item; it reads its own node, so renaming a node re-renders this row only. */
const TreeRow = memo(function TreeRow({
  row,
  top,
  isSelected,
  focusable,
  onSelect,
  onToggle,
  onDrop,
  onDragOver,
  onDragStart,
  drop,
}: RowProps) {
  const node = useSelector((state: TreeRootState) => nodeOf(selectTree(state).nodes, row.id));
  if (!node) return null;
  const label = treeLabel(node);
  const indent = 8 + (row.depth - 1) * 16;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled once by the tree (roving focus), not per row
    <div
      role="treeitem"
      aria-label={label}
      data-node-id={row.id}
      aria-level={row.depth}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-selected={isSelected}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      tabIndex={focusable ? 0 : -1}
      className={`psb-tree-row${isSelected ? ' selected' : ''}${drop ? ` drop-${drop}` : ''}`}
      style={{ top, height: ROW_HEIGHT, paddingLeft: indent, '--indent': `${indent}px` } as React.CSSProperties}
      draggable
      onClick={() => onSelect(row.id)}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, row.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(row.id);
      }}
      onDragEnd={() => onDragStart(null)}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        onDragOver(event, row.id);
      }}
      onDrop={(event) => onDrop(event, row.id)}
    >
      {row.hasChildren ? (
        <button
          type="button"
          tabIndex={-1}
          className="psb-tree-toggle"
          aria-label={row.expanded ? `Collapse ${label}` : `Expand ${label}`}
          onClick={(event) => {
            event.stopPropagation();
            onToggle(row.id, !row.expanded);
          }}
        >
          {row.expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="psb-tree-toggle" aria-hidden="true" />
      )}
      <span className="psb-tree-label">{label}</span>
      {node.name && <span className="psb-muted"> {node.type}</span>}
    </div>
  );
});
