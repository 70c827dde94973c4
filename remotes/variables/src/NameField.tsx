import { useCommittedDraft } from '@psb/contracts';
import { type Ref, useId } from 'react';

interface NameFieldProps {
  value: string;
  /** Why a draft cannot be the name, shown beside the box; undefined when it can. */
  problemOf(draft: string): string | undefined;
  onCommit(name: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The name box: commits on Enter or on leaving it, and only a name without a problem (see useCommittedDraft). */
export function NameField({ inputRef, ...options }: NameFieldProps) {
  const id = useId();
  const { problem, messageId, inputProps } = useCommittedDraft(options);
  return (
    <div className="psb-vars-field">
      <label htmlFor={id}>Name</label>
      <input id={id} ref={inputRef} spellCheck={false} autoComplete="off" {...inputProps} />
      {problem && (
        <p id={messageId} role="alert" className="psb-vars-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
