import { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { componentTreeSlice, nodeAdded, nodeRemoved, nodeRenamed } from './slice.js';

const PALETTE = ['Container', 'Text', 'Button'];

export function Editor() {
  const { rootIds } = useSelector(componentTreeSlice.selectSlice);
  const dispatch = useDispatch();
  return (
    <div>
      <div role="toolbar" aria-label="Add a component">
        {PALETTE.map((type) => (
          <button key={type} type="button" onClick={() => dispatch(nodeAdded(type))}>
            {type}
          </button>
        ))}
      </div>
      {rootIds.length === 0 && <p>The page is empty.</p>}
      <ul className="psb-list">
        {rootIds.map((id) => (
          <NodeRow key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}

function NodeRow({ id }: { id: string }) {
  const node = useSelector(
    (state: { [KEY in typeof componentTreeSlice.reducerPath]: ReturnType<typeof componentTreeSlice.reducer> }) =>
      componentTreeSlice.selectSlice(state).nodes[id],
  );
  const dispatch = useDispatch();
  const [name, setName] = useState(node?.name ?? '');
  if (!node) return null;
  const commit = () => {
    if (name !== (node.name ?? '')) dispatch(nodeRenamed({ id, name }));
  };
  return (
    <li>
      <input
        aria-label="Name"
        placeholder={node.type}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />{' '}
      <span className="psb-muted">{node.type}</span>{' '}
      <button type="button" aria-label={`Delete ${node.name ?? node.type}`} onClick={() => dispatch(nodeRemoved(id))}>
        Delete
      </button>
      {node.children.length > 0 && (
        <ul className="psb-list">
          {node.children.map((child) => (
            <NodeRow key={child} id={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
