import { countProblems, LISTED_PROBLEMS } from '@psb/contracts';
import { useState } from 'react';
import { useSession } from '../document/SessionContext.js';
import { keptName, toldOffer } from '../document/tell.js';
import { useHostSelector } from '../store/hooks.js';
import { Dialog } from './Dialog.js';

/**
 * The offer of changes kept in this browser, shown in the top bar. Not blocking: the project is open and editable
 * meanwhile; nothing overwrites the kept changes until a choice.
 */
export function KeptChangesOffer() {
  const session = useSession();
  const offer = useHostSelector((state) => state.document.offer);
  if (!offer) return null;
  return (
    <section className="kept-offer" aria-label="Kept changes">
      <p>{toldOffer(offer.keptAt)}.</p>
      <button type="button" onClick={() => void session.restoreDraft()}>
        Restore
      </button>
      <button type="button" onClick={() => session.discardDraft()}>
        Discard
      </button>
    </section>
  );
}

/** The document's blocking dialogs: conflicts, refusals, problem lists and Save as. */
export function DocumentDialogs() {
  const session = useSession();
  const dialog = useHostSelector((state) => state.document.dialog);
  const name = useHostSelector((state) => state.document.meta.name);
  const close = () => session.closeDialog();
  if (!dialog) return null;

  switch (dialog.kind) {
    case 'refused':
      return (
        <Dialog title={dialog.title} role="alertdialog" onClose={close} dismiss="OK">
          <p>{dialog.message}</p>
          <p>The open project was not changed.</p>
        </Dialog>
      );
    case 'problems':
      return (
        <Dialog title={dialog.title} role="alertdialog" onClose={close} dismiss="OK">
          <p>{countProblems(dialog.problems)} — the open project was not changed:</p>
          <ul className="problems">
            {dialog.problems.slice(0, LISTED_PROBLEMS).map((problem) => (
              <li key={`${problem.path} ${problem.message}`}>
                <code>{problem.path || '/'}</code> {problem.message}
              </li>
            ))}
          </ul>
          {dialog.problems.length > LISTED_PROBLEMS && <p>…and more, not listed.</p>}
          {dialog.hint && <p>{dialog.hint}</p>}
        </Dialog>
      );
    case 'conflict':
      return (
        <Dialog
          title="Someone else saved this project"
          role="alertdialog"
          onClose={close}
          actions={
            <>
              <button type="button" onClick={() => session.resolveConflict('reload')}>
                Reload
              </button>
              <button type="button" onClick={() => session.resolveConflict('copy')}>
                Save as copy
              </button>
              <button type="button" onClick={() => session.resolveConflict('overwrite')}>
                Overwrite
              </button>
            </>
          }
        >
          <p>
            It changed on the server since {dialog.since === 'kept' ? 'these changes were kept in this browser' : 'you opened it'}
            {'. '}Nothing is lost, whichever you choose:
          </p>
          <ul>
            <li>
              <strong>Reload</strong> opens their version; yours is kept as the project “{keptName(name, 'mine')}”.
            </li>
            <li>
              <strong>Save as copy</strong> saves yours as “{keptName(name, 'copy')}” and opens it; theirs stays as it is.
            </li>
            <li>
              <strong>Overwrite</strong> saves yours here; theirs is kept in the project’s history, where History shows it.
            </li>
          </ul>
        </Dialog>
      );
    case 'saveAs':
      return <SaveAsDialog initial={`${name} copy`} onClose={close} />;
  }
}

function SaveAsDialog({ initial, onClose }: { initial: string; onClose: () => void }) {
  const session = useSession();
  const [name, setName] = useState(initial);
  const blank = name.trim() === '';
  const submit = async () => {
    if (blank) return;
    onClose();
    await session.saveAs(name.trim());
  };
  return (
    <Dialog
      title="Save as"
      onClose={onClose}
      dismiss="Cancel"
      actions={
        <button type="submit" form="save-as" disabled={blank}>
          Save
        </button>
      }
    >
      <form
        id="save-as"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          Name <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
        </label>
        {blank && <p role="alert">A project needs a name.</p>}
      </form>
    </Dialog>
  );
}
