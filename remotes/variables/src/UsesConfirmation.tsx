import type { HostApi } from '@psb/contracts';
import { useEffect, useId, useRef } from 'react';
import type { VariableUsage } from './usage.js';
import { useVariableUsage } from './useVariableUsage.js';

export type PendingChange = { kind: 'delete' } | { kind: 'rename'; name: string };

interface UsesConfirmationProps {
  variableName: string;
  change: PendingChange;
  usage: VariableUsage;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The confirmation with the uses kept current while it is open (another panel may change them meanwhile). Only
 * mounted while asking, so the form does not look for uses on every edit of the page.
 */
export function LiveUsesConfirmation({
  host,
  variable,
  ...props
}: Omit<UsesConfirmationProps, 'usage' | 'variableName'> & { host: HostApi; variable: { id: string; name: string } }) {
  const usage = useVariableUsage(host, variable);
  return <UsesConfirmation variableName={variable.name} usage={usage} {...props} />;
}

/** Asks before deleting or renaming a variable that components or flows use, naming each of those places. */
export function UsesConfirmation({ variableName, change, usage, onConfirm, onCancel }: UsesConfirmationProps) {
  const titleId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe answer has the keyboard, so Enter does not delete or rename by accident.
  useEffect(() => cancel.current?.focus(), []);
  const { uses, unchecked } = usage;
  const deleting = change.kind === 'delete';
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      className="psb-vars-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={titleId} className="psb-vars-confirm-title">
        {deleting ? `Delete “${variableName}”?` : `Rename “${variableName}” to “${change.name}”?`}
        {uses.length > 0 && ` It is used in ${uses.length === 1 ? 'one place' : `${uses.length} places`}:`}
      </p>
      {uses.length > 0 && (
        <ul className="psb-vars-uses">
          {uses.map((use) => (
            <li key={use.path}>{use.description}</li>
          ))}
        </ul>
      )}
      {uses.length > 0 && (
        <p>
          {deleting
            ? 'Those places will refer to a variable that no longer exists.'
            : `Renaming does not update them: where they write {{${variableName}}} they will no longer find it.`}
        </p>
      )}
      {unchecked.length > 0 && (
        <p>
          Uses in {unchecked.join(' and ')} could not be checked:{' '}
          {unchecked.length === 1 ? 'that editor is' : 'those editors are'} not loaded.
        </p>
      )}
      <div className="psb-vars-actions">
        <button type="button" onClick={onConfirm}>
          {deleting ? 'Delete anyway' : 'Rename anyway'}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
