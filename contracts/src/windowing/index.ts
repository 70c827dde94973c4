// The editors' long lists: only the rows in view are drawn (@tanstack/react-virtual, a page-wide singleton), with a
// search box above. A subpath of its own (`@psb/contracts/windowing`): the API imports the main index, and must not
// pull React or the virtualizer.
export { focusWhenDrawn } from './focusWhenDrawn.js';
export { keptRange } from './keptRange.js';
export { SearchBox } from './SearchBox.js';
export { useWindowedList, type WindowedListOptions } from './useWindowedList.js';
