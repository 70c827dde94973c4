/**
 * Just enough of a DOM for react-dom to render, update and dispatch clicks in Node: the workspace has no
 * jsdom or happy-dom. Only for the preview's tests; install() sets `window` and `document` globals, so call
 * it before importing react-dom.
 */

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;

type Listener = (event: unknown) => void;

class FakeNode {
  parentNode: FakeNode | null = null;
  readonly childNodes: FakeNode[] = [];
  readonly #listeners: { type: string; listener: Listener; capture: boolean }[] = [];

  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly ownerDocument: FakeDocument | null,
  ) {}

  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): FakeNode | null {
    return this.childNodes.at(-1) ?? null;
  }

  appendChild(child: FakeNode) {
    return this.insertBefore(child, null);
  }
  insertBefore(child: FakeNode, before: FakeNode | null) {
    child.parentNode?.removeChild(child);
    const at = before ? this.childNodes.indexOf(before) : -1;
    this.childNodes.splice(at === -1 ? this.childNodes.length : at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild(child: FakeNode) {
    this.childNodes.splice(this.childNodes.indexOf(child), 1);
    child.parentNode = null;
    return child;
  }

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    for (const child of [...this.childNodes]) this.removeChild(child);
    if (text !== '' && this.ownerDocument) this.appendChild(this.ownerDocument.createTextNode(text));
  }

  addEventListener(type: string, listener: Listener, options?: boolean | { capture?: boolean }) {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    this.#listeners.push({ type, listener, capture });
  }
  removeEventListener(type: string, listener: Listener) {
    const at = this.#listeners.findIndex((l) => l.type === type && l.listener === listener);
    if (at !== -1) this.#listeners.splice(at, 1);
  }
  /** Calls this node's listeners of one phase; the caller walks the ancestors. */
  listen(event: { type: string }, capture: boolean) {
    for (const l of this.#listeners) if (l.type === event.type && l.capture === capture) l.listener(event);
  }
}

class FakeText extends FakeNode {
  constructor(
    public nodeValue: string,
    ownerDocument: FakeDocument,
  ) {
    super(TEXT, '#text', ownerDocument);
  }
  override get textContent(): string {
    return this.nodeValue;
  }
  override set textContent(text: string) {
    this.nodeValue = text;
  }
}

class FakeElement extends FakeNode {
  readonly namespaceURI = 'http://www.w3.org/1999/xhtml';
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, unknown> = {};

  constructor(tagName: string, ownerDocument: FakeDocument) {
    super(ELEMENT, tagName.toUpperCase(), ownerDocument);
  }
  get tagName() {
    return this.nodeName;
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
}

class FakeDocument extends FakeNode {
  readonly documentElement: FakeElement;
  readonly head: FakeElement;
  readonly body: FakeElement;
  activeElement: FakeElement | null = null;

  constructor(readonly defaultView: unknown) {
    super(DOCUMENT, '#document', null);
    this.documentElement = this.appendChild(this.createElement('html')) as FakeElement;
    this.head = this.documentElement.appendChild(this.createElement('head')) as FakeElement;
    this.body = this.documentElement.appendChild(this.createElement('body')) as FakeElement;
  }
  createElement(tagName: string) {
    return new FakeElement(tagName, this);
  }
  createTextNode(text: string) {
    return new FakeText(text, this);
  }
}

export type { FakeElement, FakeNode };

/** Sets the globals react-dom looks for, and returns the document. */
export function installFakeDom(): FakeDocument {
  const window = {
    event: undefined,
    HTMLIFrameElement: class {},
    addEventListener() {},
    removeEventListener() {},
  } as Record<string, unknown>;
  const document = new FakeDocument(window);
  Object.assign(window, { document, window, self: window });
  Object.assign(globalThis, { window, document, IS_REACT_ACT_ENVIRONMENT: true });
  return document;
}

/** A click on `target`, through the capture and bubble listeners of its ancestors, as React listens at its root. */
export function click(target: FakeNode) {
  const path: FakeNode[] = [];
  for (let node: FakeNode | null = target; node; node = node.parentNode) path.push(node);
  let stopped = false;
  const event = {
    type: 'click',
    target,
    bubbles: true,
    cancelable: true,
    button: 0,
    defaultPrevented: false,
    timeStamp: Date.now(),
    preventDefault() {
      event.defaultPrevented = true;
    },
    stopPropagation() {
      stopped = true;
    },
  };
  for (const node of [...path].reverse()) if (!stopped) node.listen(event, true);
  for (const node of path) if (!stopped) node.listen(event, false);
}

/** Every element below `root` with this tag name, in document order. */
export function elementsByTag(root: FakeNode, tagName: string): FakeElement[] {
  const found: FakeElement[] = [];
  for (const child of root.childNodes) {
    if (child instanceof FakeElement && child.tagName === tagName.toUpperCase()) found.push(child);
    found.push(...elementsByTag(child, tagName));
  }
  return found;
}
