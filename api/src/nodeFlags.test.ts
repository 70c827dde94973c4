import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './nodeFlags.js';

describe('the server’s Node flags', () => {
  const scripts = async (packageJson: string) =>
    JSON.parse(await readFile(new URL(packageJson, import.meta.url), 'utf8')).scripts as Record<string, string>;

  it('are what npm start runs the server with, from the top and from the api workspace', async () => {
    expect((await scripts('../../package.json')).start).toContain(`tsx ${SERVER_NODE_FLAGS.join(' ')} api/src/server.ts`);
    expect((await scripts('../package.json')).start).toBe(`tsx ${SERVER_NODE_FLAGS.join(' ')} src/server.ts`);
  });
});
