import { useDispatch, useSelector } from 'react-redux';
import { ModelCard } from './ModelCard.js';
import { modelAdded, selectModelIds } from './slice.js';
import './editor.css';

/** The entity models panel: every model with its fields, and a way to add one. */
export function Editor() {
  // Ids only: each card follows its own model, so an edit re-renders the card it changed, not all of them.
  const ids = useSelector(selectModelIds);
  const dispatch = useDispatch();
  return (
    <div className="psb-models">
      {ids.length === 0 && <p>No models yet.</p>}
      {ids.map((id) => (
        <ModelCard key={id} id={id} />
      ))}
      <button type="button" onClick={() => dispatch(modelAdded())}>
        Add model
      </button>
    </div>
  );
}
