import type { DomainEditorProps } from '@psb/contracts';
import { useEffect, useRef, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { selectVariables, variableAdded, variableRemoved } from './slice.js';
import { VariableDetails } from './VariableDetails.js';
import { VariableList } from './VariableList.js';
import './editor.css';

/**
 * The variables panel: the list, "Add variable", and the selected variable's form. Which variable is selected is
 * the panel's own business, not the document's, so it lives here rather than in the store.
 */
export function Editor({ host }: DomainEditorProps) {
  const variables = useSelector(selectVariables);
  const dispatch = useDispatch();
  const [selectedId, setSelectedId] = useState<string>();
  const [justAddedId, setJustAddedId] = useState<string>();
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a delete the form is gone; the keyboard goes back to the list (or to Add when the list is empty).
  const [focusNext, setFocusNext] = useState<'list' | 'add'>();
  useEffect(() => {
    if (focusNext === 'list') list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    if (focusNext === 'add') addButton.current?.focus();
    if (focusNext) setFocusNext(undefined);
  }, [focusNext]);

  // Until a person picks one, the first variable's form shows, so there is always something to edit.
  const selected = variables.find((variable) => variable.id === selectedId) ?? variables[0];

  const add = () => {
    const action = variableAdded();
    dispatch(action);
    setSelectedId(action.payload.id);
    setJustAddedId(action.payload.id);
  };
  const select = (id: string) => {
    setSelectedId(id);
    setJustAddedId(undefined);
  };
  const remove = (id: string) => {
    const index = variables.findIndex((variable) => variable.id === id);
    const neighbour = variables[index + 1] ?? variables[index - 1];
    dispatch(variableRemoved(id));
    setSelectedId(neighbour?.id);
    setFocusNext(neighbour ? 'list' : 'add');
  };

  return (
    <div className="psb-vars-editor">
      <div className="psb-vars-toolbar">
        <button type="button" ref={addButton} onClick={add}>
          Add variable
        </button>
      </div>
      {variables.length === 0 ? (
        <p className="psb-vars-muted">No variables yet.</p>
      ) : (
        <VariableList variables={variables} selectedId={selected?.id} onSelect={select} listRef={list} />
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
