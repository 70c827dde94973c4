import { existsSync } from 'node:fs';

/** Debian's Chromium unless told otherwise; Playwright's own browser cannot be downloaded on these machines. */
export const CHROMIUM_EXECUTABLE =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Root on CI needs --no-sandbox; the rest keeps Chromium from calling out on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
