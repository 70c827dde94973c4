import type { Notifier } from '../document/ProjectSession.js';

/** Hands `text` to the person as a downloaded file. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The toast library, fetched after the first render (the Toaster asks for it then), not in the first download. */
const sonner = () => import('sonner');

/** Says what a step removed, with an Undo, for as long as a person needs to read it and reach the button. */
export const toastUndoable = (message: string, undo: () => void) =>
  void sonner().then(({ toast }) => toast(message, { duration: 8000, action: { label: 'Undo', onClick: undo } }));

/** Toasts: errors stay until dismissed, so an offered way out (Export) is not missed. */
export const toastNotifier: Notifier = {
  error: (message, action) =>
    void sonner().then(({ toast }) =>
      toast.error(message, { duration: Number.POSITIVE_INFINITY, ...(action ? { action } : {}) }),
    ),
  success: (message) => void sonner().then(({ toast }) => toast.success(message)),
  undoable: toastUndoable,
};
