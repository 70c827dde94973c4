import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BODY_LIMIT, DEFAULT_DRAFT_THREADS, DEFAULT_REQUEST_TIMEOUT } from './app.js';
import { parseOriginList } from './origins.js';
import { DEFAULT_CACHE_BYTES, DEFAULT_REVISIONS_KEEP } from './store/FileStore.js';
import { DEFAULT_POOL_SIZE, DEFAULT_STATEMENT_TIMEOUT_MS } from './store/pg/PgStore.js';
import { DEFAULT_TRASH_DAYS } from './trashSweep.js';

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute folder of the project files (the file store: when no databaseUrl is set). */
  dataDir: string;
  /** A postgres:// connection string: projects are stored in that database instead of dataDir. Never logged. */
  databaseUrl?: string;
  /** Most connections to the database at once. */
  pgPoolSize: number;
  /** Longest a database statement may run, in milliseconds. */
  pgStatementTimeoutMs: number;
  /** Most bytes of projects kept in memory to answer reads; 0 keeps none. */
  cacheBytes: number;
  bodyLimit: number;
  logLevel: string;
  /** The remote registry file. */
  remotesFile: string;
  /** The built host, and the folder of the remotes' folders. */
  hostDir: string;
  remotesDir: string;
  /** Origins the registry may load remotes from, besides the page's own. */
  remoteOrigins: string[];
  /** Origins whose pages may call the API (CORS); none means same origin only. */
  corsOrigins: string[];
  /** Host names requests may use besides this machine's loopback names and HOST (`*`: any). */
  allowedHosts: string[];
  /** Writes (POST, PUT, DELETE) per minute per client address; 0 turns the limit off. */
  rateLimitWrites: number;
  /** Longest a request may take to arrive and be answered, in milliseconds. */
  requestTimeoutMs: number;
  /** Longest a shutdown waits for the requests under way before it closes their connections, in milliseconds. */
  shutdownTimeoutMs: number;
  /** Most worker threads reading request bodies at once. */
  draftThreads: number;
  /** Versions kept per project, the current one included; 0 keeps them all. */
  revisionsKeep: number;
  /** Days a deleted project stays in the trash before it is removed for good. */
  trashDays: number;
}

/** A deploy or a Ctrl+C waits this long at most for the requests under way. */
export const DEFAULT_SHUTDOWN_TIMEOUT = 10_000;

/** Enough for any person editing, and for the browser tests; low enough to stop a runaway script filling the disk. */
export const DEFAULT_RATE_LIMIT_WRITES = 600;

const fromRoot = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
/** `data/projects` at the repository root, wherever the server is started from. */
export const DEFAULT_DATA_DIR = fromRoot('data/projects');
export const DEFAULT_REMOTES_FILE = fromRoot('remotes/registry.json');

/** The server's settings from the environment; a bad value stops the start with a message naming it. */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ServerConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST || '127.0.0.1',
    dataDir: env.DATA_DIR ? path.resolve(cwd, env.DATA_DIR) : DEFAULT_DATA_DIR,
    ...(env.DATABASE_URL ? { databaseUrl: databaseUrl(env.DATABASE_URL) } : {}),
    pgPoolSize: integer(env, 'PG_POOL_SIZE', DEFAULT_POOL_SIZE, 1, 1000),
    pgStatementTimeoutMs: integer(env, 'PG_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, 100, 3_600_000),
    cacheBytes: integer(env, 'CACHE_BYTES', DEFAULT_CACHE_BYTES, 0, Number.MAX_SAFE_INTEGER),
    bodyLimit: integer(env, 'BODY_LIMIT', DEFAULT_BODY_LIMIT, 1, 2 ** 31 - 1),
    logLevel: env.LOG_LEVEL || 'info',
    remotesFile: env.REMOTES_FILE ? path.resolve(cwd, env.REMOTES_FILE) : DEFAULT_REMOTES_FILE,
    hostDir: fromRoot('host/dist'),
    remotesDir: fromRoot('remotes'),
    remoteOrigins: origins(env, 'REMOTE_ORIGINS'),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    allowedHosts: (env.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    rateLimitWrites: integer(env, 'RATE_LIMIT_WRITES', DEFAULT_RATE_LIMIT_WRITES, 0, 1_000_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT, 1000, 3_600_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT, 0, 3_600_000),
    draftThreads: integer(env, 'DRAFT_THREADS', DEFAULT_DRAFT_THREADS, 1, 64),
    revisionsKeep: integer(env, 'REVISIONS_KEEP', DEFAULT_REVISIONS_KEEP, 0, 1_000_000),
    trashDays: integer(env, 'TRASH_DAYS', DEFAULT_TRASH_DAYS, 1, 36_500),
  };
}

/** The value is not repeated in the message: a connection string may hold a password. */
function databaseUrl(raw: string): string {
  if (!/^postgres(ql)?:\/\/./.test(raw)) {
    throw new Error('DATABASE_URL must be a PostgreSQL connection string, postgres://user:password@host:5432/database.');
  }
  return raw;
}

function origins(env: Record<string, string | undefined>, name: string): string[] {
  try {
    return parseOriginList(env[name]);
  } catch (error) {
    throw new Error(`${name} must be a comma-separated list of origins: ${(error as Error).message}`);
  }
}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}
