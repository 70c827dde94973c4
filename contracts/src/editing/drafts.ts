import { useId, useState } from 'react';

/** What a person typed, read as a value, or why it cannot be one. */
export type DraftReading<T> = { value: T; problem?: undefined } | { problem: string };

/** The parts of an input's events the drafts use: typed this way so they fit any input element. */
interface TypedEvent {
  target: { value: string };
}
interface KeyEvent {
  key: string;
  preventDefault(): void;
}

/**
 * The text in a box while a person edits it. When `text`, the value's text, changes elsewhere (a load, a rename
 * through another box) the box shows it rather than a stale draft; `sent` records the text of a value the box
 * dispatched itself, so that its coming back keeps the person's own spelling of it ("1e3", their JSON layout).
 */
function useFollowingDraft(text: string) {
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  if (text !== shown) {
    setShown(text);
    setDraft(text);
  }
  return { draft, setDraft, sent: setShown };
}

export interface CommittedDraftOptions {
  value: string;
  /** Why a draft cannot be committed, shown beside the box; undefined when it can. */
  problemOf(draft: string): string | undefined;
  onCommit(draft: string): void;
}

/**
 * A text box that commits on Enter or on leaving it, and only a draft without a problem: an invalid draft stays
 * in the box with its message and is never dispatched. Escape gives back the saved value. Spread `inputProps`
 * on the input, and show `problem` in an element with the id `messageId`.
 */
export function useCommittedDraft({ value, problemOf, onCommit }: CommittedDraftOptions) {
  const { draft, setDraft } = useFollowingDraft(value);
  const messageId = useId();
  const problem = draft === value ? undefined : problemOf(draft);
  const commit = () => {
    if (draft !== value && !problem) onCommit(draft);
  };
  return {
    problem,
    messageId,
    inputProps: {
      value: draft,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? messageId : undefined,
      onChange: (event: TypedEvent) => setDraft(event.target.value),
      onBlur: commit,
      onKeyDown: (event: KeyEvent) => {
        if (event.key === 'Enter') {
          // Otherwise the Enter goes on to whatever takes the focus next (a confirmation's Cancel) and presses it.
          event.preventDefault();
          commit();
        }
        if (event.key === 'Escape') setDraft(value);
      },
    },
  };
}

export interface LiveDraftOptions<T> {
  value: T;
  /** How a value is written in the box. */
  text(value: T): string;
  read(draft: string): DraftReading<T>;
  onChange(value: T): void;
}

/**
 * A box that dispatches every draft that reads as a value while the person types, and keeps the draft as typed;
 * `problem` says what is wrong with one that does not read. Spread `inputProps` on the input or text area.
 */
export function useLiveDraft<T>({ value, text, read, onChange }: LiveDraftOptions<T>) {
  const { draft, setDraft, sent } = useFollowingDraft(text(value));
  const { problem } = read(draft);
  return {
    draft,
    problem,
    inputProps: {
      value: draft,
      'aria-invalid': problem ? true : undefined,
      onChange: (event: TypedEvent) => {
        setDraft(event.target.value);
        const reading = read(event.target.value);
        if (reading.problem === undefined) {
          sent(text(reading.value));
          onChange(reading.value);
        }
      },
    },
  };
}
