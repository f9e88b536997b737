import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { launchBrowser, serveSite } from '../helpers/browser.ts';

describe('hostile text in a real browser', () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite('site-basic');
    expect(site.status, site.output).toBe(0);
    server = await serveSite(site.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(['/blog/hostile/', '/blog/', '/blog/tags/script-alert-3-script/', '/'])('%s runs no script and opens no dialog', async (path) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const executableScripts = await page.evaluate(() =>
      [...document.scripts].filter((script) => !script.type || /javascript|module/.test(script.type)).map((script) => script.outerHTML),
    );
    await page.close();
    expect(dialogs).toEqual([]);
    expect(executableScripts).toEqual([]);
  });
});
