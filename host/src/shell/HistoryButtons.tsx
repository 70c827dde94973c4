import { useSyncExternalStore } from 'react';
import { useHistory } from '../history/HistoryContext.js';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Undo and Redo, each named by the step it would take back or make again ("Undo Add Button"), shown as arrows as design tools do. */
export function HistoryButtons() {
  const history = useHistory();
  const view = useSyncExternalStore(history.subscribe, history.getView);
  return (
    <fieldset className="history-buttons" aria-label="History">
      <button
        type="button"
        disabled={!view.undo}
        aria-label={view.undo ? `Undo ${view.undo}` : 'Undo'}
        title={view.undo ? `Undo ${view.undo} (${MOD}Z)` : 'Nothing to undo'}
        onClick={() => history.undo()}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        disabled={!view.redo}
        aria-label={view.redo ? `Redo ${view.redo}` : 'Redo'}
        title={view.redo ? `Redo ${view.redo} (${MOD}Shift+Z)` : 'Nothing to redo'}
        onClick={() => history.redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </fieldset>
  );
}
