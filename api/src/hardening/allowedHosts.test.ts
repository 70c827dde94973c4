import { describe, expect, it } from 'vitest';
import { FileStore } from '../store/FileStore.js';
import { tempDir, testApp } from '../testing/tempStore.js';
import { hostName } from './allowedHosts.js';

async function appAllowing(allowedHosts?: string[]) {
  const { dir, remove } = await tempDir();
  const app = await testApp({ store: await FileStore.open(dir), ...(allowedHosts ? { allowedHosts } : {}) });
  return {
    app,
    close: async () => {
      await app.close();
      await remove();
    },
  };
}

const statusFor = async (app: Awaited<ReturnType<typeof appAllowing>>['app'], host: string) =>
  (await app.inject({ url: '/api/projects', headers: { host } })).statusCode;

describe('the Host a request names', () => {
  it('is answered for this machine’s own names, and refused for any other (DNS rebinding)', async () => {
    const { app, close } = await appAllowing();
    for (const host of ['localhost:3000', '127.0.0.1:49152', '[::1]:3000', 'LOCALHOST', '127.0.0.1'])
      expect(await statusFor(app, host), host).toBe(200);
    const refused = await app.inject({ url: '/api/projects', headers: { host: 'evil.example' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe(
      'This server does not answer for "evil.example": add it to ALLOWED_HOSTS to reach the server by that name.',
    );
    expect(await statusFor(app, 'localhost.evil.example')).toBe(403);
    expect(await statusFor(app, '127.0.0.1.nip.io:3000')).toBe(403);
    await close();
  });

  it('is answered for the names ALLOWED_HOSTS adds, and for any with *', async () => {
    const named = await appAllowing(['localhost', 'editor.example.com']);
    expect(await statusFor(named.app, 'editor.example.com:8080')).toBe(200);
    expect(await statusFor(named.app, 'other.example.com')).toBe(403);
    await named.close();
    const any = await appAllowing(['*']);
    expect(await statusFor(any.app, 'anything.example')).toBe(200);
    await any.close();
  });

  it('reads a header’s host name without its port', () => {
    expect(hostName('Example.COM:80')).toBe('example.com');
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName('localhost')).toBe('localhost');
  });
});
