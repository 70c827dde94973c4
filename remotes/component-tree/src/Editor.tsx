import { COMPONENT_TYPES, type DomainEditorProps } from '@psb/contracts';
import { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Inspector } from './Inspector.js';
import {
  type ComponentTreeState,
  componentTreeSlice,
  nodeAdded,
  nodeDuplicated,
  nodeMoved,
  nodeRemoved,
  type TreeDispatch,
} from './slice.js';
import { type Move, moveTarget } from './tree/moves.js';
import { TreeView } from './tree/TreeView.js';
import './editor.css';

const selectTree = (state: { componentTree: ComponentTreeState }) => componentTreeSlice.selectSlice(state);

export function Editor({ host }: DomainEditorProps) {
  const tree = useSelector(selectTree);
  const dispatch = useDispatch<TreeDispatch>();
  const [message, setMessage] = useState('');
  const selectedId = tree.selectedId;

  const move = (how: Move) => {
    if (!selectedId) return;
    const target = moveTarget(tree, selectedId, how);
    if ('problem' in target) return setMessage(target.problem);
    dispatch(nodeMoved({ id: selectedId, to: target.to }));
    setMessage('');
  };

  return (
    <div className="psb-tree-editor">
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
            ['Duplicate', () => selectedId && dispatch(nodeDuplicated(selectedId))],
            ['Delete', () => selectedId && dispatch(nodeRemoved(selectedId))],
          ] as const
        ).map(([label, run]) => (
          <button key={label} type="button" disabled={!selectedId} onClick={run}>
            {label}
          </button>
        ))}
      </div>
      <p className="psb-tree-message" role="status" aria-live="polite">
        {message}
      </p>
      <TreeView onMessage={setMessage} />
      {selectedId && tree.nodes[selectedId] && <Inspector key={selectedId} id={selectedId} host={host} />}
    </div>
  );
}
