/** The open project is in the URL: /projects/:id. */
export const pathOf = (id: string) => `/projects/${encodeURIComponent(id)}`;

export function projectIdFromPath(pathname: string): string | undefined {
  const match = /^\/projects\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}
