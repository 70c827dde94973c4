import type { DomainEditorProps } from '@psb/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDispatch, useSelector, useStore } from 'react-redux';
import { selectVariableById, selectVariableCount, selectVariableIds, type VariablesRootState } from './selectors.js';
import { variableAdded, variableRemoved } from './slice.js';
import { VariableDetails } from './VariableDetails.js';
import { VariableList, type VariableListHandle } from './VariableList.js';
import './editor.css';

/**
 * The variables panel: the list, "Add variable", and the selected variable's form. Which variable is selected is
 * the panel's own business, not the document's, so it lives here rather than in the store. The panel reads the
 * selected variable and the count, never the whole list, so a key press in the form does not walk every variable.
 */
export function Editor({ host }: DomainEditorProps) {
  const dispatch = useDispatch();
  const store = useStore<VariablesRootState>();
  const count = useSelector(selectVariableCount);
  const [selectedId, setSelectedId] = useState<string>();
  const [justAddedId, setJustAddedId] = useState<string>();
  const list = useRef<VariableListHandle>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a delete the form is gone; the keyboard goes back to the list (or to Add when the list is empty).
  const [focusNext, setFocusNext] = useState<'list' | 'add'>();
  useEffect(() => {
    if (focusNext === 'list') list.current?.focusSelected();
    if (focusNext === 'add') addButton.current?.focus();
    if (focusNext) setFocusNext(undefined);
  }, [focusNext]);

  // Until a person picks one, the first variable's form shows, so there is always something to edit.
  const selected = useSelector(
    (state: VariablesRootState) =>
      selectVariableById(state, selectedId) ?? selectVariableById(state, selectVariableIds(state)[0]),
  );

  const add = () => {
    const action = variableAdded();
    dispatch(action);
    setSelectedId(action.payload.id);
    setJustAddedId(action.payload.id);
  };
  const select = useCallback((id: string) => {
    setSelectedId(id);
    setJustAddedId(undefined);
  }, []);
  const remove = (id: string) => {
    const ids = selectVariableIds(store.getState());
    const index = ids.indexOf(id);
    const neighbour = ids[index + 1] ?? ids[index - 1];
    dispatch(variableRemoved(id));
    setSelectedId(neighbour);
    setFocusNext(neighbour ? 'list' : 'add');
  };

  return (
    <div className="psb-vars-editor">
      <div className="psb-vars-toolbar">
        <button type="button" ref={addButton} onClick={add}>
          Add variable
        </button>
      </div>
      {count === 0 ? (
        <p className="psb-vars-muted">No variables yet.</p>
      ) : (
        <VariableList selectedId={selected?.id} onSelect={select} handle={list} />
      )}
      {selected && (
        <VariableDetails
          key={selected.id}
          variable={selected}
          host={host}
          focusName={selected.id === justAddedId}
          onDelete={() => remove(selected.id)}
        />
      )}
    </div>
  );
}
