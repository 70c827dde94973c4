import { StorageUnavailableError } from '../ProjectStore.js';

/** SQLSTATE classes and codes that say the database cannot serve now, rather than that the request is wrong. */
const UNAVAILABLE_STATES = [
  /^08/, // connection exception
  /^57P0[1-3]$/, // admin or crash shutdown, cannot connect now
  /^53/, // insufficient resources (too many connections, disk full, out of memory)
  /^25006$/, // read-only transaction: a standby
  /^57014$/, // statement timeout
];
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);
/** What pg throws, without a code, for a connection lost or never made within its timeout. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
];

/** Whether `error` means the database is down or unreachable, not that the request was refused. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_STATES.some((s) => s.test(code)))) {
    return true;
  }
  return UNAVAILABLE_MESSAGES.some((m) => m.test(error.message));
}

/** What an operator reads when the database cannot be reached: where it is, why, and what to check. */
export function unreachable(where: string, error: unknown): string {
  const reason = (error as { code?: string }).code ?? (error as Error).message;
  return `PostgreSQL at ${where} cannot be reached (${reason}): check that it is running and that DATABASE_URL names it.`;
}

/** Runs a database call; a database that is down becomes a StorageUnavailableError naming where it is (503). */
export async function orUnavailable<T>(where: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isUnavailable(error)) {
      throw new StorageUnavailableError(
        `The database (PostgreSQL at ${where}) cannot be reached now; nothing was changed. Try again in a moment.`,
      );
    }
    throw error;
  }
}
