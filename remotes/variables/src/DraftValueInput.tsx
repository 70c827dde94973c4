import { useLiveDraft } from '@psb/contracts';
import { jsonText, readJsonDraft, readNumberDraft } from './drafts.js';

interface DraftValueInputProps {
  id: string;
  type: 'number' | 'object' | 'array';
  value: unknown;
  onChange(value: unknown): void;
}

/**
 * The number box, or the JSON editor of an object or array. Either keeps what is typed ("1e3", the person's own
 * layout of the JSON), dispatches only text that reads as a value of the type, and otherwise says what is wrong:
 * a JSON syntax error with its line and column.
 */
export function DraftValueInput({ id, type, value, onChange }: DraftValueInputProps) {
  const { draft, problem, inputProps } = useLiveDraft<unknown>({
    value,
    text: type === 'number' ? String : jsonText,
    read: type === 'number' ? readNumberDraft : (text) => readJsonDraft(text, type),
    onChange,
  });
  const problemId = `${id}-problem`;
  return (
    <>
      {type === 'number' ? (
        <input id={id} type="number" step="any" aria-describedby={problemId} {...inputProps} />
      ) : (
        <textarea
          id={id}
          className="psb-vars-json"
          rows={Math.min(10, Math.max(3, draft.split('\n').length))}
          spellCheck={false}
          aria-describedby={problemId}
          {...inputProps}
        />
      )}
      <p id={problemId} className="psb-vars-problem" aria-live="polite">
        {problem}
      </p>
    </>
  );
}
