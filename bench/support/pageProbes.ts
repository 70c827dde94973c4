// Functions that run inside the editor's page (Playwright serialises them): each must be self-contained.

/** What the page records about itself; read back with page.evaluate. */
export interface ProbeWindow {
  /** Written by e2e/support/reactRenderers.ts, installed before these probes. */
  __reactRendererVersions: string[];
  /** performance.now() (ms since navigation start) when the editor first showed the document ready. */
  __benchReady?: number;
  /** The panels that failed to load (their remote timed out or threw), once any did: the editor is never ready then. */
  __benchFailed?: string[];
  __keyAt?: number;
  __armEdit?: (expected: string) => void;
  __edit?: Promise<{ commit: number; frame: number }>;
  /** The text of the element the edit probe watches, now. */
  __editText?: () => string;
  /** The measured project's bytes, for JSON.parse in the page beside the warm opens. */
  __benchText?: string;
}

/**
 * Installed before the page's scripts: records when the editor is ready: the four domain panels loaded (no
 * "Loading…"), a tree row shown, and the preview showing `marker`.
 */
export function installProbes(marker: string) {
  const w = window as unknown as ProbeWindow & Record<string, unknown>;
  const region = (name: string) => {
    for (const section of document.querySelectorAll('section[aria-labelledby]')) {
      if (document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent === name) return section;
    }
    return undefined;
  };
  const ready = () => {
    for (const name of ['Component tree', 'Variables', 'Entity models', 'Action flows']) {
      const panel = region(name);
      if (panel?.getAttribute('data-status') !== 'ready' || panel.querySelector('.panel-loading')) return false;
    }
    if (!region('Component tree')?.querySelector('[role="treeitem"]')) return false;
    return region('Preview')?.textContent?.includes(marker) ?? false;
  };
  const failed = () =>
    [...document.querySelectorAll('section[data-status="failed"], section[data-status="incompatible"]')].map(
      (section) => document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent ?? '?',
    );
  new MutationObserver((_records, observer) => {
    const now = performance.now();
    if (w.__benchReady === undefined && ready()) {
      w.__benchReady = now;
      observer.disconnect();
      return;
    }
    const broken = failed();
    if (broken.length > 0) {
      w.__benchFailed = broken;
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Watches the preview element that shows `initialText` (the selected Text), and the keys pressed. After
 * `__armEdit(expected)`, `__edit` resolves once that element shows `expected`, with the milliseconds from the
 * keydown to the DOM change (commit) and to the next animation frame after it (frame).
 */
export function installEditProbe(initialText: string) {
  const w = window as unknown as ProbeWindow;
  const preview = [...document.querySelectorAll('section[aria-labelledby]')].find(
    (s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent === 'Preview',
  );
  if (!preview) throw new Error('no Preview region');
  const find = (text: string) =>
    [...preview.querySelectorAll('*')].find((el) => el.childElementCount === 0 && el.textContent === text);
  let target = find(initialText);
  if (!target) throw new Error(`the preview does not show "${initialText}"`);
  window.addEventListener('keydown', () => (w.__keyAt = performance.now()), true);
  w.__editText = () => {
    if (!target?.isConnected) target = find(initialText) ?? target;
    return target?.textContent ?? '';
  };
  w.__armEdit = (expected: string) => {
    w.__edit = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const now = performance.now();
        if (!target?.isConnected) target = find(expected);
        if (target?.textContent !== expected) return;
        observer.disconnect();
        const keyAt = w.__keyAt ?? now;
        requestAnimationFrame(() => resolve({ commit: now - keyAt, frame: performance.now() - keyAt }));
      });
      observer.observe(preview, { subtree: true, childList: true, characterData: true });
    });
  };
}
