import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; `npx playwright install` cannot download a browser on this kind of machine. */
export const chromiumPath = '/usr/bin/chromium';

/** Starts headless Debian chromium for the browser tests, with the flags it needs in a container. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The browser tests need Debian's chromium at ${chromiumPath}. Run: apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
