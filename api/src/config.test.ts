import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT, DEFAULT_DRAFT_THREADS, DEFAULT_REQUEST_TIMEOUT } from './app.js';
import {
  DEFAULT_DATA_DIR,
  DEFAULT_RATE_LIMIT_WRITES,
  DEFAULT_REMOTES_FILE,
  DEFAULT_SHUTDOWN_TIMEOUT,
  readConfig,
} from './config.js';
import { DEFAULT_CACHE_BYTES, DEFAULT_REVISIONS_KEEP } from './store/FileStore.js';
import { DEFAULT_TRASH_DAYS } from './trashSweep.js';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:3000, data/projects and remotes/registry.json at the repository root, 16 MiB bodies, same origin only', () => {
    const config = readConfig({});
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: DEFAULT_DATA_DIR,
      pgPoolSize: 10,
      pgStatementTimeoutMs: 10_000,
      cacheBytes: DEFAULT_CACHE_BYTES,
      bodyLimit: DEFAULT_BODY_LIMIT,
      logLevel: 'info',
      remotesFile: DEFAULT_REMOTES_FILE,
      hostDir: expect.stringMatching(/\/host\/dist$/),
      remotesDir: expect.stringMatching(/\/remotes$/),
      remoteOrigins: [],
      corsOrigins: [],
      allowedHosts: [],
      rateLimitWrites: DEFAULT_RATE_LIMIT_WRITES,
      requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT,
      shutdownTimeoutMs: DEFAULT_SHUTDOWN_TIMEOUT,
      draftThreads: DEFAULT_DRAFT_THREADS,
      revisionsKeep: DEFAULT_REVISIONS_KEEP,
      trashDays: DEFAULT_TRASH_DAYS,
    });
    expect(DEFAULT_REVISIONS_KEEP).toBe(100);
    expect(DEFAULT_TRASH_DAYS).toBe(30);
    expect(DEFAULT_RATE_LIMIT_WRITES).toBe(600);
    expect(DEFAULT_REQUEST_TIMEOUT).toBe(60_000);
    expect(DEFAULT_SHUTDOWN_TIMEOUT).toBe(10_000);
    expect(readConfig({ ALLOWED_HOSTS: ' editor.example.com, 10.0.0.5 ' }).allowedHosts).toEqual([
      'editor.example.com',
      '10.0.0.5',
    ]);
    expect(readConfig({ SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2500);
    expect(() => readConfig({ SHUTDOWN_TIMEOUT_MS: 'soon' })).toThrow('SHUTDOWN_TIMEOUT_MS must be a whole number');
    expect(DEFAULT_DATA_DIR).toMatch(/\/data\/projects$/);
    expect(DEFAULT_REMOTES_FILE).toMatch(/\/remotes\/registry\.json$/);
    expect(DEFAULT_BODY_LIMIT).toBe(16 * 1024 * 1024);
    expect(DEFAULT_CACHE_BYTES).toBe(64 * 1024 * 1024);
    expect(DEFAULT_DRAFT_THREADS).toBe(Math.min(4, availableParallelism()));
  });

  it('reads PORT, HOST, DATA_DIR and REMOTES_FILE (relative to where it starts), BODY_LIMIT and CACHE_BYTES', () => {
    expect(
      readConfig(
        {
          PORT: '8080',
          HOST: '0.0.0.0',
          DATA_DIR: 'store',
          REMOTES_FILE: 'cdn/remotes.json',
          BODY_LIMIT: '1024',
          CACHE_BYTES: '0',
        },
        '/srv/app',
      ),
    ).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/app/store',
      remotesFile: '/srv/app/cdn/remotes.json',
      bodyLimit: 1024,
      cacheBytes: 0,
    });
  });

  it('reads REMOTE_ORIGINS and CORS_ORIGINS as lists of origins, RATE_LIMIT_WRITES (0 is off), REQUEST_TIMEOUT_MS and DRAFT_THREADS', () => {
    expect(
      readConfig({
        REMOTE_ORIGINS: 'https://cdn.example.com, http://127.0.0.1:4000/',
        CORS_ORIGINS: 'https://admin.example.com',
        RATE_LIMIT_WRITES: '0',
        REQUEST_TIMEOUT_MS: '5000',
        DRAFT_THREADS: '3',
      }),
    ).toMatchObject({
      remoteOrigins: ['https://cdn.example.com', 'http://127.0.0.1:4000'],
      corsOrigins: ['https://admin.example.com'],
      rateLimitWrites: 0,
      requestTimeoutMs: 5000,
      draftThreads: 3,
    });
  });

  it('reads REVISIONS_KEEP (0 keeps every version) and TRASH_DAYS', () => {
    expect(readConfig({ REVISIONS_KEEP: '0', TRASH_DAYS: '7' })).toMatchObject({ revisionsKeep: 0, trashDays: 7 });
    expect(readConfig({ REVISIONS_KEEP: '500', TRASH_DAYS: '365' })).toMatchObject({ revisionsKeep: 500, trashDays: 365 });
    expect(() => readConfig({ REVISIONS_KEEP: '-1' })).toThrow(
      'REVISIONS_KEEP must be a whole number from 0 to 1000000; it is "-1".',
    );
    expect(() => readConfig({ TRASH_DAYS: '0' })).toThrow('TRASH_DAYS must be a whole number from 1 to 36500; it is "0".');
    expect(() => readConfig({ TRASH_DAYS: 'forever' })).toThrow(/TRASH_DAYS/);
  });

  it('reads DATABASE_URL, PG_POOL_SIZE and PG_STATEMENT_TIMEOUT_MS, and never repeats a bad connection string', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(
      readConfig({ DATABASE_URL: 'postgres://app:secret@db:5432/psb', PG_POOL_SIZE: '20', PG_STATEMENT_TIMEOUT_MS: '2000' }),
    ).toMatchObject({ databaseUrl: 'postgres://app:secret@db:5432/psb', pgPoolSize: 20, pgStatementTimeoutMs: 2000 });
    expect(readConfig({ DATABASE_URL: 'postgresql://db/psb' }).databaseUrl).toBe('postgresql://db/psb');
    expect(() => readConfig({ DATABASE_URL: 'mysql://app:secret@db/psb' })).toThrow(
      'DATABASE_URL must be a PostgreSQL connection string, postgres://user:password@host:5432/database.',
    );
    expect(() => readConfig({ DATABASE_URL: 'mysql://app:secret@db/psb' })).not.toThrow(/secret/);
    expect(() => readConfig({ PG_POOL_SIZE: '0' })).toThrow('PG_POOL_SIZE must be a whole number from 1 to 1000; it is "0".');
  });

  it('stops with a message naming the bad setting', () => {
    expect(() => readConfig({ REMOTE_ORIGINS: '*' })).toThrow(
      'REMOTE_ORIGINS must be a comma-separated list of origins: "*" is not an origin such as https://cdn.example.com.',
    );
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => readConfig({ RATE_LIMIT_WRITES: 'lots' })).toThrow(/RATE_LIMIT_WRITES/);
    expect(() => readConfig({ DRAFT_THREADS: '0' })).toThrow('DRAFT_THREADS must be a whole number from 1 to 64; it is "0".');
    expect(() => readConfig({ REQUEST_TIMEOUT_MS: '10' })).toThrow(
      'REQUEST_TIMEOUT_MS must be a whole number from 1000 to 3600000',
    );
    expect(() => readConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535; it is "eighty".');
    expect(() => readConfig({ BODY_LIMIT: '-1' })).toThrow(/BODY_LIMIT/);
  });
});
