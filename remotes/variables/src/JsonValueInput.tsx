import { useLiveDraft } from '@psb/contracts';
import { jsonText, readJsonDraft } from './drafts.js';

interface JsonValueInputProps {
  id: string;
  type: 'object' | 'array';
  value: unknown;
  onChange(value: unknown): void;
}

/**
 * A JSON text editor for an object or array value. It dispatches only text that parses to the right kind of
 * value, keeping the person's own layout of it, and otherwise shows the syntax error with its line and column.
 */
export function JsonValueInput({ id, type, value, onChange }: JsonValueInputProps) {
  const {
    draft,
    problem,
    onChange: onDraftChange,
  } = useLiveDraft({
    value,
    text: jsonText,
    read: (text) => readJsonDraft(text, type),
    onChange,
  });
  return (
    <>
      <textarea
        id={id}
        className="psb-vars-json"
        value={draft}
        rows={Math.min(10, Math.max(3, draft.split('\n').length))}
        spellCheck={false}
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
