import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/browser.ts';

/** One page of each kind in the sample, plus right-to-left and other scripts from the fixture. */
const SAMPLE_PAGES = [
  '/',
  '/about/',
  '/cv/',
  '/case-studies/',
  '/case-studies/crisis-response-rasoi-runner/',
  '/blog/',
  '/blog/page/2/',
  '/blog/tags/',
  '/blog/tags/analytics/',
  '/blog/moderating-a-discord-without-burning-out/',
  '/hi/',
  '/hi/blog/hi-community-ke-niyam/',
  '/apply/thali-street-9c4e1a/',
  '/404.html',
  '/links/',
  '/hi/links/',
  '/hi/case-studies/',
];
/** The links page, a Tagalog listing of English entries, the contact form and the privacy note (issue 18). */
const REACH_PAGES = ['/links/', '/tl/links/', '/tl/case-studies/', '/contact/', '/privacy/'];
const FIXTURE_PAGES = ['/ar/', '/ar/blog/marhaba/', '/ar/case-studies/launch-ar/', '/gu/blog/kem-cho/', '/bn/', '/blog/bonjour/'];

describe.each([
  ['the sample portfolio', '../../content', SAMPLE_PAGES],
  ['the multilingual fixture', 'site-multilingual', FIXTURE_PAGES],
  ['a highlighted code block, wider than a phone', 'site-basic', ['/blog/post-3/']],
  ['the reach fixture', 'site-reach', REACH_PAGES],
] as const)('axe-core on %s', (_, fixture, paths) => {
  const served = servedSite(fixture);
  const summary: string[] = [];
  afterAll(() => {
    console.log(
      `axe-core: ${summary.length} page views, ${summary.filter((line) => !line.endsWith(' 0')).length} with violations\n${summary.join('\n')}`,
    );
  });

  test.each(
    paths.flatMap((path) => (['light', 'dark'] as const).flatMap((scheme) => [360, 1280].map((width) => [path, scheme, width] as const))),
  )('%s in %s at %i px has no violations', async (path, colorScheme, width) => {
    // axe opens pages of its own in the same context, so each check gets a context.
    const context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    await context.close();
    const violations = results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    summary.push(`${path} ${colorScheme} ${width}px: ${violations.length}`);
    expect(results.passes.length, 'axe evaluated the page').toBeGreaterThan(10);
    expect(violations).toEqual([]);
  });
});

// The data tables behind "Show the data" are closed on load, so the pages above never show them to axe.
describe('axe-core on a case study with its chart data tables open', () => {
  const served = servedSite('../../content');

  test.each([360, 1280])(
    'at %i px the tables have no violations, and a table wider than the screen scrolls from the keyboard',
    async (width) => {
      const context = await served.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${served.server.origin}/case-studies/instagram-growth-pebblepot-home/`, { waitUntil: 'networkidle' });
      const tables = page.locator('details.chart__data');
      expect(await tables.count()).toBeGreaterThan(1);
      await tables.evaluateAll((details) => details.forEach((element) => ((element as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page })
        .include('.chart__data')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const scrolling = await page
        .locator('.chart__table')
        .evaluateAll(
          (regions) =>
            regions.filter((region) => region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight).length,
        );
      await context.close();
      expect(
        results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      if (width === 360) expect(scrolling, 'tables that scroll on a phone').toBeGreaterThan(0);
      if (scrolling > 0) expect(results.passes.map((rule) => rule.id)).toContain('scrollable-region-focusable');
    },
  );
});
