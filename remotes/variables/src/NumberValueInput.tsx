import { useState } from 'react';
import { readNumberDraft } from './drafts.js';

interface NumberValueInputProps {
  id: string;
  value: number;
  onChange(value: number): void;
}

/** A number box that keeps what is typed and dispatches only finite numbers, saying what is wrong otherwise. */
export function NumberValueInput({ id, value, onChange }: NumberValueInputProps) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Changed elsewhere (a type change, a load): show it. The value this box sent itself keeps the draft ("1e3" stays).
  if (!Object.is(value, shown)) {
    setShown(value);
    setDraft(String(value));
  }
  const { problem } = readNumberDraft(draft);
  return (
    <>
      <input
        id={id}
        type="number"
        step="any"
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-problem`}
        onChange={(event) => {
          setDraft(event.target.value);
          const read = readNumberDraft(event.target.value);
          if (read.problem === undefined) {
            setShown(read.value);
            onChange(read.value);
          }
        }}
      />
      <p id={`${id}-problem`} className="psb-vars-problem" aria-live="polite">
        {problem}
      </p>
    </>
  );
}
