interface Props {
  title: string;
  reason: string;
  incompatible: boolean;
  onRetry: () => void;
}

export function UnavailablePanel({ title, reason, incompatible, onRetry }: Props) {
  return (
    <div className="unavailable" role="alert">
      <p className="unavailable-title">
        {title} is unavailable{incompatible ? ': this build does not fit the editor' : ''}.
      </p>
      <p className="unavailable-reason">{reason}</p>
      <p className="unavailable-note">The other editors keep working, and this part of the project is kept as it is.</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
