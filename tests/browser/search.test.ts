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
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
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
      expect(
        links.filter((link) => !/\/(blog|case-studies)\/[^/]+\/$/.test(link!) || /\/blog\/(tags|page)\//.test(link!)),
        word,
      ).toEqual([]);
    }
  });

  test('answers as one types, without Enter, and keeps the query in the address', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.server.origin}${basePath}search/`, { waitUntil: 'networkidle' });
    await page.locator('input[name="q"]').pressSequentially('Discord', { delay: 40 });
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for “Discord”$/);
    const links = await page
      .locator('[data-search-results] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toContain(`${basePath}case-studies/launch/`);
    expect(new URL(page.url()).search).toBe('?q=Discord');
    // Emptying the box empties the list.
    await page.locator('input[name="q"]').fill('');
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBe(0);
    await page.close();
  });

  test('indexes the prose alone: no byline, tags, facts, figures, chart tables or buttons, so snippets read as sentences', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.server.origin}${basePath}search/`, { waitUntil: 'networkidle' });
    // pagefind's own record of each page: `content` is everything it indexed there.
    const script = await page.locator('form[data-search]').getAttribute('data-pagefind');
    // A string, so that vitest leaves its import() alone: the browser runs it as written.
    const indexed: Record<string, string> = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(script)});
      await pagefind.options({ baseUrl: ${JSON.stringify(basePath)} });
      const found = await Promise.all((await pagefind.search('fixture')).results.map((result) => result.data()));
      return Object.fromEntries(found.map((result) => [new URL(result.url, location.href).pathname, result.content]));
    })()`);
    await page.close();
    expect(indexed[`${basePath}blog/post-1/`]).toBe('Fixture post number 1. Description of fixture post 1. Body of post 1 with bold text.');
    expect(indexed[`${basePath}case-studies/launch/`]).toMatch(
      /^Fixture Edtech\. Launching a Discord for learners\. From zero to an active study community\. Objective\. Build a community\. Results\. It worked\.$/,
    );
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
