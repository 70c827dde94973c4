import { useLiveDraft } from '@psb/contracts';
import { readNumberDraft } from './drafts.js';

interface NumberValueInputProps {
  id: string;
  value: number;
  onChange(value: number): void;
}

/** A number box that keeps what is typed ("1e3" stays) and dispatches only finite numbers, saying what is wrong otherwise. */
export function NumberValueInput({ id, value, onChange }: NumberValueInputProps) {
  const { draft, problem, onChange: onDraftChange } = useLiveDraft({ value, text: String, read: readNumberDraft, onChange });
  return (
    <>
      <input
        id={id}
        type="number"
        step="any"
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-problem`}
        onChange={onDraftChange}
      />
      <p id={`${id}-problem`} className="psb-vars-problem" aria-live="polite">
        {problem}
      </p>
    </>
  );
}
