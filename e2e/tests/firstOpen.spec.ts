import { expect, status, test } from '../support/test.ts';

// A first open over a real network (issue 25): every script compressed, the bytes within what a fast 3G line
// carries in a few seconds, and the workspace's frame on screen from the HTML alone, before any script runs.

test.use({ viewport: { width: 1280, height: 720 } });

/** The budget for a first open, all requests together. */
const FIRST_OPEN_BYTES = 450 * 1024;

test('a first open sends every script compressed, within 450 KB over the wire', async ({ page, context, editor }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map<string, { url: string; encoding?: string; vary?: string }>();
  let transferred = 0;
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const header = (name: string) => Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1];
    if (type === 'Script')
      scripts.set(requestId, { url: response.url, encoding: header('content-encoding'), vary: header('vary') });
  });
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    transferred += encodedDataLength;
  });

  await page.goto(editor.url);
  await expect(status(page)).toHaveText('Saved');
  await page.waitForLoadState('networkidle');

  const sent = [...scripts.values()];
  // The host's entry, its chunks, and each of the four remotes' entry and ./domain at least.
  expect(sent.length).toBeGreaterThan(8);
  expect(sent.filter((s) => s.encoding !== 'br').map((s) => new URL(s.url).pathname)).toEqual([]);
  expect(sent.every((s) => s.vary?.toLowerCase().includes('accept-encoding'))).toBe(true);
  expect(transferred, `${(transferred / 1024).toFixed(1)} KB over the wire`).toBeLessThanOrEqual(FIRST_OPEN_BYTES);
});

test('a browser that asks for no compression gets every file as it is', async ({ page, editor }) => {
  await page.setExtraHTTPHeaders({ 'accept-encoding': 'identity' });
  const encodings: (string | undefined)[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') encodings.push(response.headers()['content-encoding']);
  });
  await page.goto(editor.url);
  await expect(status(page)).toHaveText('Saved');
  expect(encodings.length).toBeGreaterThan(8);
  expect(encodings.filter(Boolean)).toEqual([]);
});

test('the workspace’s frame is drawn from the HTML alone: no white page while the scripts arrive', async ({
  browser,
  editor,
}) => {
  // No script at all: what a person sees before the first one has arrived.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(editor.url);
  await expect(page.getByText('Page Scaffold Builder')).toBeVisible();
  await expect(page.getByText('Loading the editor…')).toBeVisible();
  const frame = await page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    return { top: box('.frame-top')?.height, left: box('.frame-left')?.width, right: box('.frame-right')?.width };
  });
  expect(frame).toEqual({ top: 49, left: 280, right: 320 });
  await context.close();
});
