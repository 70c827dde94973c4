import { useEffect, useId, useRef } from 'react';
import type { Referrer } from './references.js';

interface DeleteModelConfirmationProps {
  modelName: string;
  referrers: readonly Referrer[];
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before deleting a model other models point at, naming those fields, which will then dangle. */
export function DeleteModelConfirmation({ modelName, referrers, onConfirm, onCancel }: DeleteModelConfirmationProps) {
  const messageId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe answer has the keyboard, so Enter does not delete by accident.
  useEffect(() => cancel.current?.focus(), []);
  const fields = referrers.map((r) => `${r.modelName}.${r.fieldName}`).join(', ');
  return (
    <div role="alertdialog" aria-labelledby={messageId} className="psb-models-confirm">
      <p id={messageId}>
        {modelName} is referenced by {fields}. Delete it anyway? {referrers.length === 1 ? 'That field' : 'Those fields'} will
        point at a missing model until you re-point {referrers.length === 1 ? 'it' : 'them'}.
      </p>
      <button type="button" onClick={onConfirm}>
        Delete anyway
      </button>{' '}
      <button type="button" ref={cancel} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
