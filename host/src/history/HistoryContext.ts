import { createContext, useContext } from 'react';
import type { DocumentHistory } from './DocumentHistory.js';

export const HistoryContext = createContext<DocumentHistory | null>(null);

/** The open document's undo history, from the nearest `HistoryContext`. */
export function useHistory(): DocumentHistory {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('useHistory needs a HistoryContext provider.');
  return history;
}
