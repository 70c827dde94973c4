import { useState } from 'react';
import { useSession } from '../document/SessionContext.js';
import { VersionPreview } from '../preview/VersionPreview.js';
import type { ViewedVersion } from '../versions/Revisions.js';
import { useVersions } from '../versions/VersionsContext.js';
import { askRestore, toldVersionTime, viewingLabel } from '../versions/versionWords.js';
import { ConfirmDialog } from './Dialog.js';

/**
 * The canvas while an older version is shown: the page as that version renders, read-only, under a banner that
 * says so and offers what can be done with it: restore it (asked once), export it, or go back to the open document.
 */
export function VersionCanvas({ version }: { version: ViewedVersion }) {
  const { revisions, view } = useVersions();
  const session = useSession();
  const [asking, setAsking] = useState<{ title: string; message: string } | undefined>();
  const time = toldVersionTime(version.summary.updatedAt);

  const restore = async () => {
    setAsking(undefined);
    if (await revisions.restore(version.summary)) view.backToCurrent();
  };

  return (
    <>
      <VersionPreview
        snapshot={version.snapshot}
        label={viewingLabel(time)}
        actions={
          <>
            <button type="button" className="primary" onClick={() => setAsking(askRestore(time, session.isDirty()))}>
              Restore this version
            </button>
            <button type="button" onClick={() => revisions.exportVersion(version)}>
              Export
            </button>
            <button type="button" onClick={() => view.backToCurrent()}>
              Back to current version
            </button>
          </>
        }
      />
      {asking && (
        <ConfirmDialog
          title={asking.title}
          message={asking.message}
          confirm="Restore"
          safe
          onCancel={() => setAsking(undefined)}
          onConfirm={() => void restore()}
        />
      )}
    </>
  );
}
