import { useState } from 'react';
import { jsonText, readJsonDraft } from './drafts.js';

interface JsonValueInputProps {
  id: string;
  type: 'object' | 'array';
  value: unknown;
  onChange(value: unknown): void;
}

/**
 * A JSON text editor for an object or array value. It dispatches only text that parses to the right kind of
 * value, and otherwise shows the syntax error with its line and column.
 */
export function JsonValueInput({ id, type, value, onChange }: JsonValueInputProps) {
  const text = jsonText(value);
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  // Changed elsewhere: show it. What this editor sent itself keeps the person's own layout of the text.
  if (text !== shown) {
    setShown(text);
    setDraft(text);
  }
  const { problem } = readJsonDraft(draft, type);
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
        onChange={(event) => {
          setDraft(event.target.value);
          const read = readJsonDraft(event.target.value, type);
          if (read.problem === undefined) {
            setShown(jsonText(read.value));
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
