import { exportFileName } from '../document/serializeSnapshot.js';

// What the version history and the trash say: the wording lives here (failures are tell.ts's).

/**
 * When a version was stored, as the history shows it: "14:32:05" today, "3 Dec, 14:32:05" another day. With the
 * seconds: saves a few seconds apart (autosave's) are told apart.
 */
export function toldVersionTime(updatedAt: string, now = new Date()): string {
  const when = new Date(updatedAt);
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  if (when.toDateString() === now.toDateString()) return time;
  return `${when.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/** What the canvas says while it shows an older version. */
export const viewingLabel = (time: string) => `Viewing version of ${time} — read only`;

/** The undo step a restore makes: "Undo Restore version of 14:32:05". */
export const restoreStepLabel = (time: string) => `Restore version of ${time}`;

/** Said once a version is restored: it is saved, and Undo gives back what was open before. */
export const toldRestored = (time: string) => `Restored the version of ${time}. Undo brings back what was open before.`;

/** What Restore asks before it runs, `unsaved` when the open document has changes not saved. */
export function askRestore(time: string, unsaved: boolean): { title: string; message: string } {
  return {
    title: `Restore the version of ${time}?`,
    message: `It becomes the current version, saved as a new one; every other version stays in the history.${
      unsaved ? ' Your unsaved changes are not saved: Undo after restoring brings them back.' : ''
    }`,
  };
}

/** The file an older version is exported to. */
export const versionFileName = (name: string, rev: number) => exportFileName(`${name} (version ${rev})`);

/** Said once a project is in the trash, beside an Undo. */
export const toldTrashed = (name: string) => `Moved “${name}” to trash`;

/** Said once a project is back from the trash. */
export const toldBackFromTrash = (name: string) => `“${name}” is back in the project list.`;

/** What Delete forever asks. */
export function askDeleteForever(name: string): { title: string; message: string } {
  return {
    title: `Delete “${name}” forever?`,
    message: 'The project and every version of it are removed from the server for good. This cannot be undone.',
  };
}
