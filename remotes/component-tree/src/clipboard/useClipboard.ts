import { type ActionFlowsSection, type ComponentNode, type HostApi, nodesRemoved, type VariablesSection } from '@psb/contracts';
import { type RefObject, useEffect, useRef } from 'react';
import { useDispatch, useStore } from 'react-redux';
import { shownName, withChildren } from '../names.js';
import { type ComponentTreeState, componentTreeSlice, type TreeDispatch } from '../slice.js';
import { missingReferences, pasteEvent } from './paste.js';
import { type ClipboardPayload, copiedPayload, markedPayload } from './payload.js';
import type { PayloadReading } from './readPayload.js';

type TreeRootState = { componentTree: ComponentTreeState };
export type Say = (message: string, tone?: 'info' | 'problem') => void;

/** A field, where copy, cut and paste are the field's own, on its text. */
const isField = (element: Element) =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement ||
  (element instanceof HTMLElement && element.isContentEditable);

/** The check of pasted components, fetched at the first paste; pastes wait for it in the order they came. */
let payloadCheck: Promise<typeof import('./readPayload.js')> | undefined;
export const loadPayloadCheck = () => {
  payloadCheck ??= import('./readPayload.js');
  return payloadCheck;
};

const described = (payload: ClipboardPayload) =>
  withChildren(shownName(payload.nodes[payload.rootId] as ComponentNode), Object.keys(payload.nodes).length - 1);

/**
 * Copy, cut and paste of the selected component with its subtree and bindings, as JSON through the system
 * clipboard, so they reach another project, tab or browser. The page's own copy, cut and paste events carry it
 * (`clipboardData` asks no permission); they are ours while focus is in `scope` and not in a field. Listened for on
 * the document and judged by where the focus is, whichever element the browser fires them at.
 */
export function useClipboard(scope: RefObject<HTMLElement | null>, host: HostApi, say: Say) {
  const store = useStore<TreeRootState>();
  const dispatch = useDispatch<TreeDispatch>();
  const latestSay = useRef(say);
  latestSay.current = say;

  useEffect(() => {
    const ours = (event: ClipboardEvent): event is ClipboardEvent & { clipboardData: DataTransfer } => {
      const focused = document.activeElement;
      return (
        !event.defaultPrevented && !!event.clipboardData && !!focused && !!scope.current?.contains(focused) && !isField(focused)
      );
    };

    const onCopyOrCut = (event: ClipboardEvent) => {
      if (!ours(event)) return;
      const state = store.getState();
      const tree = componentTreeSlice.selectSlice(state);
      const flows = host.selectSection(state, 'actionFlows') as ActionFlowsSection | undefined;
      const payload = tree.selectedId ? copiedPayload(tree, tree.selectedId, flows) : undefined;
      if (!payload) return;
      event.clipboardData.setData('text/plain', JSON.stringify(payload));
      event.preventDefault();
      if (event.type === 'cut') {
        dispatch(nodesRemoved({ ids: Object.keys(payload.nodes), reason: 'cut' }));
        // Its row, which had the focus, is gone: the focus stays in the editor, for the paste that usually follows.
        scope.current?.focus();
      }
      latestSay.current(`${event.type === 'cut' ? 'Cut' : 'Copied'} ${described(payload)}.`, 'info');
    };

    const onPaste = (event: ClipboardEvent) => {
      if (!ours(event)) return;
      const marked = markedPayload(event.clipboardData.getData('text/plain'));
      if (!marked) return; // not ours: plain text, say, which the tree has no use for
      event.preventDefault();
      loadPayloadCheck().then(
        ({ checkedPayload }) => paste(checkedPayload(marked)),
        () => latestSay.current('Nothing was pasted: the check of pasted components could not be loaded. Try again.'),
      );
    };

    const paste = (read: PayloadReading) => {
      if ('problem' in read) return latestSay.current(read.problem);
      const state = store.getState();
      dispatch(pasteEvent(read.payload, componentTreeSlice.selectSlice(state)));
      const missing = missingReferences(
        read.payload,
        host.selectSection(state, 'actionFlows') as ActionFlowsSection | undefined,
        host.selectSection(state, 'variables') as VariablesSection | undefined,
      );
      latestSay.current([`Pasted ${described(read.payload)}.`, ...missing].join(' '), missing.length > 0 ? 'problem' : 'info');
    };

    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [scope, host, store, dispatch]);
}
