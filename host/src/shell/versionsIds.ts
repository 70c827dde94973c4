// The ids that tie the top bar's History button and the panel it opens (aria-controls, and the focus given back).
export const HISTORY_BUTTON_ID = 'version-history-button';
export const VERSIONS_PANEL_ID = 'version-history';
