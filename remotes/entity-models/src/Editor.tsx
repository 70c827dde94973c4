import { useDispatch, useSelector } from 'react-redux';
import { ModelCard } from './ModelCard.js';
import { modelAdded, selectModels } from './slice.js';
import './editor.css';

/** The entity models panel: every model with its fields, and a way to add one. */
export function Editor() {
  const models = useSelector(selectModels);
  const dispatch = useDispatch();
  return (
    <div className="psb-models">
      {models.length === 0 && <p>No models yet.</p>}
      {models.map((model) => (
        <ModelCard key={model.id} model={model} />
      ))}
      <button type="button" onClick={() => dispatch(modelAdded())}>
        Add model
      </button>
    </div>
  );
}
