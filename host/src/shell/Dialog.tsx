import { type ReactNode, useEffect, useId, useRef } from 'react';

interface Props {
  title: string;
  /** `alertdialog` for messages that interrupt: errors, refusals, confirmations. */
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  children: ReactNode;
  /** The label of a first button that does what Escape does: closes the dialog (Cancel, Close, OK). */
  dismiss?: string;
  /** The buttons after it. */
  actions?: ReactNode;
}

/** A modal dialog on the native <dialog>: focus is trapped, Escape closes it, the page behind is inert. */
export function Dialog({ title, role = 'dialog', onClose, children, dismiss, actions }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {dismiss && (
          <button type="button" onClick={onClose}>
            {dismiss}
          </button>
        )}
        {actions}
      </div>
    </dialog>
  );
}

/** Asks before a step: by default one that cannot be undone (its button says so in red); `safe` for one that can. */
export function ConfirmDialog(props: {
  title: string;
  message: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  safe?: boolean;
}) {
  return (
    <Dialog
      title={props.title}
      role="alertdialog"
      onClose={props.onCancel}
      dismiss="Cancel"
      actions={
        <button type="button" className={props.safe ? 'primary' : 'danger'} onClick={props.onConfirm}>
          {props.confirm}
        </button>
      }
    >
      <p>{props.message}</p>
    </Dialog>
  );
}
