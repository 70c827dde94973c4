import { COMPONENT_TYPES, type DomainEditorProps } from '@psb/contracts';
import { useRef, useState } from 'react';
import { useDispatch, useSelector, useStore } from 'react-redux';
import { type Say, useClipboard } from './clipboard/useClipboard.js';
import { selectSelectedId, selectTree, type TreeRootState } from './selection.js';
import { duplicateProblem, nodeAdded, nodeDuplicated, nodeMoved, nodeRemoved, type TreeDispatch } from './slice.js';
import { type Move, moveTarget } from './tree/moves.js';
import { TreeView } from './tree/TreeView.js';
import './editor.css';

/** The palette and the tree; the selected node's properties are the domain's `Inspector`, in the host's other place. */
export function Editor({ host }: DomainEditorProps) {
  // Only the selection: the tree subscribes to what it shows, so a prop edit does not re-render the whole editor;
  // moves read the tree when they happen.
  const selectedId = useSelector(selectSelectedId);
  const store = useStore<TreeRootState>();
  const dispatch = useDispatch<TreeDispatch>();
  const [message, setMessage] = useState({ text: '', tone: 'problem' });
  const say: Say = (text, tone = 'problem') => setMessage({ text, tone });
  const root = useRef<HTMLDivElement>(null);
  useClipboard(root, host, say);

  const move = (how: Move) => {
    if (!selectedId) return;
    const target = moveTarget(selectTree(store.getState()), selectedId, how);
    if ('problem' in target) return say(target.problem);
    dispatch(nodeMoved({ id: selectedId, to: target.to }));
    say('');
  };
  const duplicate = () => {
    if (!selectedId) return;
    const problem = duplicateProblem(selectTree(store.getState()), selectedId);
    if (problem) return say(problem);
    dispatch(nodeDuplicated(selectedId));
    say('');
  };

  return (
    // Focusable (not in the tab order), so that a click on its empty space puts focus here for a paste: an empty
    // page has no row to click.
    <div ref={root} className="psb-tree-editor" tabIndex={-1}>
      <div role="toolbar" aria-label="Add a component" className="psb-toolbar">
        {COMPONENT_TYPES.map((type) => (
          <button key={type} type="button" onClick={() => dispatch(nodeAdded(type))}>
            {type}
          </button>
        ))}
      </div>
      <div role="toolbar" aria-label="Arrange" className="psb-toolbar">
        {(
          [
            ['Move up', () => move('up')],
            ['Move down', () => move('down')],
            ['Indent', () => move('indent')],
            ['Outdent', () => move('outdent')],
            ['Duplicate', duplicate],
            ['Delete', () => selectedId && dispatch(nodeRemoved(selectedId))],
          ] as const
        ).map(([label, run]) => (
          <button key={label} type="button" disabled={!selectedId} onClick={run}>
            {label}
          </button>
        ))}
      </div>
      <p className={`psb-tree-message ${message.tone}`} role="status" aria-live="polite">
        {message.text}
      </p>
      <TreeView onMessage={say} />
    </div>
  );
}
