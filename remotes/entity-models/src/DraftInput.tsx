import { useCommittedDraft } from '@psb/contracts';

interface DraftInputProps {
  label: string;
  value: string;
  /** Why a draft cannot be committed, shown beside the box; undefined when it can. */
  problemOf(draft: string): string | undefined;
  onCommit(draft: string): void;
}

/** A labelled text box that commits on Enter or leaving it, and only a draft without a problem (see useCommittedDraft). */
export function DraftInput({ label, ...options }: DraftInputProps) {
  const { problem, messageId, inputProps } = useCommittedDraft(options);
  return (
    <span className="psb-models-draft">
      <label>
        {label} <input {...inputProps} />
      </label>
      {problem && (
        <span id={messageId} role="alert" className="psb-models-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
