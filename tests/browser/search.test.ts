import { describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/browser.ts';

describe.each([
  ['at the root', '/', {}],
  ['under /portfolio/', '/portfolio/', { SITE_URL: 'https://someone.github.io', BASE_PATH: '/portfolio/' }],
] as const)('search on the basic fixture %s', (_, basePath, environment) => {
  const served = servedSite('site-basic', { ...environment }, basePath);

  async function search(query: string) {
    const page = await served.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${served.server.origin}${basePath}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).not.toMatch(/^$|…$/);
    const links = await page.locator('[data-search-results] a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const status = await page.locator('[data-search-status]').textContent();
    await page.close();
    return { links, requests, status };
  }

  test('finds posts and case studies, with links under the base path, offline from the site itself', async () => {
    const { links, requests } = await search('Discord');
    expect(links).toContain(`${basePath}case-studies/launch/`);
    expect(requests.some((path) => path.startsWith(`${basePath}pagefind/`))).toBe(true);
  });

  test('finds words in other scripts', async () => {
    expect((await search('समुदाय')).links).toEqual([`${basePath}blog/hindi-post/`]);
  });

  test('says how many results it found, for the query as typed', async () => {
    expect((await search('समुदाय')).status).toBe('1 result for “समुदाय”');
    const { links, status } = await search('Discord $&');
    expect(status).toBe(`${links.length} ${links.length === 1 ? 'result' : 'results'} for “Discord $&”`);
    expect((await search('zzzqqq')).status).toBe('Nothing found for “zzzqqq”.');
  });

  test('never finds application pages, lists or the CV', async () => {
    // "Acme" and "Dear" appear only on the application page. (With no exact match pagefind falls
    // back to shorter prefixes, so posts may still come up; the application page never does.)
    for (const word of ['Acme', 'Dear', 'Fixture']) {
      const { links } = await search(word);
      expect(links.filter((link) => !/\/(blog|case-studies)\/[^/]+\/$/.test(link!) || /\/blog\/(tags|page)\//.test(link!)), word).toEqual([]);
    }
  });

  test('other pages do not load the search index or any script', async () => {
    const page = await served.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${served.server.origin}${basePath}blog/post-1/`, { waitUntil: 'networkidle' });
    await page.close();
    expect(requests.filter((url) => /pagefind|\.js$/.test(url))).toEqual([]);
  });
});
