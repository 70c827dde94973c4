import type { EntityModel } from '@psb/contracts';
import { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { entityModelsSlice, modelAdded, modelNameProblem, modelRemoved, modelRenamed, selectModels } from './slice.js';

export function Editor() {
  const models = useSelector(selectModels);
  const dispatch = useDispatch();
  return (
    <div>
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

function ModelCard({ model }: { model: EntityModel }) {
  const state = useSelector(entityModelsSlice.selectSlice);
  const dispatch = useDispatch();
  const [name, setName] = useState(model.name);
  const problem = name === model.name ? undefined : modelNameProblem(state, model.id, name);
  const commit = () => {
    if (name !== model.name && !problem) dispatch(modelRenamed({ id: model.id, name }));
  };
  return (
    <fieldset className="psb-model">
      <legend>{model.name}</legend>
      <label>
        Name{' '}
        <input
          value={name}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setName(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => event.key === 'Enter' && commit()}
        />
      </label>{' '}
      <span className="psb-muted">{model.fields.length} fields</span>{' '}
      <button type="button" aria-label={`Delete model ${model.name}`} onClick={() => dispatch(modelRemoved(model.id))}>
        Delete
      </button>
      {problem && <p role="alert">{problem}</p>}
    </fieldset>
  );
}
