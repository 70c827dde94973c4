import { useEffect, useRef, useState } from 'react';
import { NEW_PROJECT_NAME } from '../document/ProjectSession.js';
import { Dialog } from './Dialog.js';

/**
 * Asks for a new project's name before anything is stored: the field comes focused with a default selected, so
 * Enter accepts it and typing replaces it. Cancel stores nothing.
 */
export function NewProjectDialog({ onCreate, onClose }: { onCreate: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(NEW_PROJECT_NAME);
  const field = useRef<HTMLInputElement>(null);
  // After the Dialog's own effect has opened it (a child's effects run first): focus can land only in an open dialog.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const blank = name.trim() === '';
  return (
    <Dialog
      title="New project"
      onClose={onClose}
      dismiss="Cancel"
      actions={
        <button type="submit" form="new-project" disabled={blank}>
          Create
        </button>
      }
    >
      <form
        id="new-project"
        onSubmit={(event) => {
          event.preventDefault();
          if (!blank) onCreate(name.trim());
        }}
      >
        <label>
          Name <input ref={field} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        </label>
        {blank && <p role="alert">A project needs a name.</p>}
      </form>
    </Dialog>
  );
}
