import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serveFolder } from '../../scripts/shared/static-server.ts';
import { buildSite, type BuiltSite } from './build-site.ts';

export { serveFolder as serveSite };

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with the flags that keep it off the network, and any of a test's own. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** A built site served on loopback and a browser to visit it, shared by the tests of a describe block. */
export interface ServedSite {
  site: BuiltSite;
  server: Awaited<ReturnType<typeof serveFolder>>;
  browser: Browser;
}

/**
 * Builds a content folder (see buildSite), serves it under `basePath` and launches Chromium before
 * the block's tests, and closes both after them. The returned object is filled in by beforeAll.
 */
export function servedSite(fixture: string, environment: Record<string, string> = {}, basePath = '/'): ServedSite {
  const served = {} as ServedSite;
  beforeAll(async () => {
    served.site = buildSite(fixture, environment);
    expect(served.site.status, served.site.output).toBe(0);
    served.server = await serveFolder(served.site.outDir, basePath);
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
