/**
 * The name an imported project is stored under: its own, or, when a project of that name exists already, the name
 * with " (imported)", so that the list tells the copy from the original. Not numbered further: the list's dates,
 * sizes and ids tell later copies apart.
 */
export function importedName(name: string, existing: readonly string[]): string {
  return existing.includes(name) ? `${name} (imported)` : name;
}

/** The toast once the import is stored and open. */
export const toldImported = (name: string): string => `Imported as “${name}”`;
