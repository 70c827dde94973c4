import { useSyncExternalStore } from 'react';
import { sameOriginSetting } from './sameOriginSetting.js';

/** Allows or refuses the open project's flows requests to the editor's own address, in this browser. */
export function SameOriginToggle({ projectId }: { projectId: string | undefined }) {
  const allowed = useSyncExternalStore(sameOriginSetting.subscribe, () => sameOriginSetting.allowed(projectId));
  if (projectId === undefined) return null;
  return (
    <label
      className="canvas-setting"
      title="Lets this project’s flows send requests to this editor’s own address, in this browser. Its API (/api/…) stays refused."
    >
      <input type="checkbox" checked={allowed} onChange={(event) => sameOriginSetting.set(projectId, event.target.checked)} />
      Same-origin requests
    </label>
  );
}
