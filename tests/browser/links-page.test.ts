import { describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/browser.ts';

describe('the links page and the printed CV in Chromium', () => {
  const served = servedSite('../../content');

  test.each([['/links/'], ['/hi/links/']])(
    '%s on a phone: big tap targets, nothing wider than the screen, no script and no request elsewhere',
    async (path) => {
      const context = await served.browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
      const targets = await page.locator('.link-page__buttons a, .link-page__profiles a').evaluateAll((links) =>
        links.map((link) => {
          const box = link.getBoundingClientRect();
          return { text: link.textContent?.trim(), width: Math.round(box.width), height: Math.round(box.height) };
        }),
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await context.close();
      expect(targets.length).toBeGreaterThan(8);
      for (const target of targets) {
        expect(target.height, target.text).toBeGreaterThanOrEqual(48);
        expect(target.width, target.text).toBeGreaterThanOrEqual(48);
      }
      expect(overflow).toBeLessThanOrEqual(0);
      expect(requested.filter((url) => /\.m?js(\?|$)/.test(url))).toEqual([]);
      expect(requested.filter((url) => !url.startsWith(served.server.origin) && !url.startsWith('data:'))).toEqual([]);
    },
  );

  test('the printed CV carries its QR code in the top corner, without the download link', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${served.server.origin}/cv/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const qr = await page.locator('.cv-qr img').evaluate((image: HTMLImageElement) => ({
      loaded: image.complete && image.naturalWidth > 0,
      ...image.getBoundingClientRect().toJSON(),
    }));
    const captionShown = await page.locator('.cv-qr figcaption').isVisible();
    const heading = await page.locator('.cv h1').evaluate((element) => element.getBoundingClientRect().toJSON());
    await context.close();
    expect(qr.loaded).toBe(true);
    // 24 mm at 96 px per inch.
    expect(Math.round(qr.width)).toBe(91);
    expect(qr.top).toBeLessThan(heading.bottom + 40);
    expect(captionShown).toBe(false);
  });
});
