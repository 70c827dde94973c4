import { type Ref, useId, useState } from 'react';

interface NameFieldProps {
  value: string;
  /** Why a draft cannot be the name, shown beside the box; undefined when it can. */
  problemOf(draft: string): string | undefined;
  onCommit(name: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The name box: commits on Enter or on leaving it, and only a name without a problem; an invalid draft stays in
 * the box with its message and is never dispatched. Escape gives back the saved name.
 */
export function NameField({ value, problemOf, onCommit, inputRef }: NameFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Renamed elsewhere (a load, a confirmed rename): show that rather than a stale draft.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const problem = draft === value ? undefined : problemOf(draft);
  const commit = () => {
    if (draft !== value && !problem) onCommit(draft);
  };
  return (
    <div className="psb-vars-field">
      <label htmlFor={id}>Name</label>
      <input
        id={id}
        ref={inputRef}
        value={draft}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            // Otherwise the Enter goes on to whatever takes the focus next (a confirmation's Cancel) and presses it.
            event.preventDefault();
            commit();
          }
          if (event.key === 'Escape') setDraft(value);
        }}
      />
      {problem && (
        <p id={`${id}-problem`} role="alert" className="psb-vars-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
