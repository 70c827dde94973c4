/** How the tree names richSnapshot's unnamed components: by their type and the text they show. */
export const RICH_ROWS = {
  title: 'Text “Hello {{userName}}”',
  greet: 'Button “Greet”',
  footer: 'Text “© 2026”',
} as const;
