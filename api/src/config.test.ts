import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from './app.js';
import { DEFAULT_DATA_DIR, DEFAULT_REMOTES_FILE, readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:3000, data/projects and remotes/registry.json at the repository root, 16 MiB bodies', () => {
    const config = readConfig({});
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: DEFAULT_DATA_DIR,
      bodyLimit: DEFAULT_BODY_LIMIT,
      logLevel: 'info',
      remotesFile: DEFAULT_REMOTES_FILE,
      hostDir: expect.stringMatching(/\/host\/dist$/),
      remotesDir: expect.stringMatching(/\/remotes$/),
    });
    expect(DEFAULT_DATA_DIR).toMatch(/\/data\/projects$/);
    expect(DEFAULT_REMOTES_FILE).toMatch(/\/remotes\/registry\.json$/);
    expect(DEFAULT_BODY_LIMIT).toBe(16 * 1024 * 1024);
  });

  it('reads PORT, HOST, DATA_DIR and REMOTES_FILE (relative to where it starts) and BODY_LIMIT', () => {
    expect(
      readConfig(
        { PORT: '8080', HOST: '0.0.0.0', DATA_DIR: 'store', REMOTES_FILE: 'cdn/remotes.json', BODY_LIMIT: '1024' },
        '/srv/app',
      ),
    ).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/app/store',
      remotesFile: '/srv/app/cdn/remotes.json',
      bodyLimit: 1024,
    });
  });

  it('stops with a message naming the bad setting', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow('PORT must be a whole number from 0 to 65535; it is "eighty".');
    expect(() => readConfig({ BODY_LIMIT: '-1' })).toThrow(/BODY_LIMIT/);
  });
});
