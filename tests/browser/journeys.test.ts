import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { servedSite } from '../helpers/browser.ts';

const VIEWS = (['light', 'dark'] as const).flatMap((colorScheme) => [360, 1280].map((width) => [width, colorScheme] as const));

describe.each(VIEWS)('a visitor at %i px in %s theme', (width, colorScheme) => {
  const served = servedSite('../../content');
  let context: BrowserContext;
  let problems: string[];

  /** A fresh page that records CSP violations, script errors and requests leaving the site. */
  async function open(path: string): Promise<Page> {
    context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on(
      'request',
      (request) =>
        !request.url().startsWith(served.server.origin) && !request.url().startsWith('data:') && problems.push(`request: ${request.url()}`),
    );
    await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
    return page;
  }
  const finish = async () => {
    await context.close();
    expect(problems).toEqual([]);
  };

  test('home → a featured case study → its screenshot enlarged → closed → back home', async () => {
    const page = await open('/');
    await page.locator('section[aria-labelledby="featured-heading"] h3 a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/case-studies\/.+\/$/);
    const trigger = page.locator('.screenshot__open').first();
    await trigger.scrollIntoViewIfNeeded();
    await trigger.focus();
    await page.keyboard.press('Enter');
    const lightbox = page.locator('.lightbox:popover-open');
    await expect.poll(() => lightbox.count()).toBe(1);
    await expect
      .poll(() => lightbox.locator('img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => lightbox.count()).toBe(0);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    await finish();
  });

  test('blog → page 2 → a tag → a post', async () => {
    const page = await open('/blog/');
    await page.locator('a[rel="next"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/blog/page/2/');
    await page.locator('.post-list .chips a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/blog\/tags\/[^/]+\/$/);
    const title = await page.locator('.post-list h2 a').first().textContent();
    await page.locator('.post-list h2 a').first().click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    await finish();
  });

  test('search finds a post by a word in its body, by keyboard, and opens it', async () => {
    const page = await open('/search/');
    await page.keyboard.press('Tab');
    await page.locator('#search-query').focus();
    await page.keyboard.type('denominator');
    await page.keyboard.press('Enter');
    const results = page.locator('[data-search-results] li a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/results? for “denominator”/);
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    await results.first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/(blog|case-studies)\/.+\/$/);
    await finish();
  });

  test('the theme follows the system setting', async () => {
    const page = await open('/about/');
    // The page colour is set on the root element; the body is transparent over it.
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toMatch(/^rgb\(/);
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    const luminance = (0.2126 * red! + 0.7152 * green! + 0.0722 * blue!) / 255;
    if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.2);
    else expect(luminance).toBeGreaterThan(0.9);
    await finish();
  });

  test('the language switch goes to the same post in Hindi', async () => {
    const page = await open('/blog/measuring-engagement-rate/');
    await page.locator('.language-switcher a[hreflang="hi"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/hi/blog/engagement-rate-sahi-tarike-se/');
    expect(await page.locator('html').getAttribute('lang')).toBe('hi');
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/blog/measuring-engagement-rate/');
    await finish();
  });

  test('no page is wider than the screen', async () => {
    for (const path of [
      '/',
      '/case-studies/instagram-growth-pebblepot-home/',
      '/blog/',
      '/blog/measuring-engagement-rate/',
      '/cv/',
      '/hi/',
      '/hi/blog/engagement-rate-sahi-tarike-se/',
      '/apply/thali-street-9c4e1a/',
      '/search/',
    ]) {
      const page = await open(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await finish();
    }
  });
});
