import { useId, useState } from 'react';

interface DraftInputProps {
  label: string;
  value: string;
  /** Why a draft cannot be committed, shown beside the box; undefined when it can. */
  problemOf(draft: string): string | undefined;
  onCommit(draft: string): void;
}

/**
 * A text box that commits on Enter or leaving it, and only a draft without a problem: an invalid draft stays in
 * the box with its message and is never dispatched. Escape gives back the saved value.
 */
export function DraftInput({ label, value, problemOf, onCommit }: DraftInputProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The value changed elsewhere (a load, a rename through another box): show it rather than a stale draft.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const problem = draft === value ? undefined : problemOf(draft);
  const messageId = useId();
  const commit = () => {
    if (draft !== value && !problem) onCommit(draft);
  };
  return (
    <span className="psb-models-draft">
      <label>
        {label}{' '}
        <input
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? messageId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(value);
          }}
        />
      </label>
      {problem && (
        <span id={messageId} role="alert" className="psb-models-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
