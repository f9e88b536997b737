import { describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/browser.ts';

describe('self-hosted script fonts', () => {
  const served = servedSite('site-multilingual');

  async function fontRequests(path: string) {
    const page = await served.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
    const rendered = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replaceAll('"', ''));
    });
    await page.close();
    return {
      files: requested.filter((url) => url.endsWith('.woff2')).map((url) => url.split('/').pop()!.replace(/\..*$/, '')),
      rendered,
      requested,
    };
  }

  test('a Hindi page downloads the Devanagari face and renders with it', async () => {
    const { files, rendered } = await fontRequests('/hi/blog/namaste/');
    expect(files).toContain('noto-sans-devanagari-devanagari-400-normal');
    expect(rendered).toContain('Commfolio Noto Devanagari');
  });

  test('every request stays on the site itself', async () => {
    for (const path of ['/', '/ar/', '/hi/case-studies/hi-study/']) {
      const { requested } = await fontRequests(path);
      expect(
        requested.filter((url) => !url.startsWith(served.server.origin)),
        path,
      ).toEqual([]);
    }
  });
});

describe('a Latin-only site', () => {
  const served = servedSite('site-latin');

  test.each(['/', '/blog/', '/blog/tere/', '/about/'])('%s downloads no extra font bytes', async (path) => {
    const page = await served.browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'font' && fonts.push(request.url()));
    await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.close();
    expect(fonts).toEqual([]);
  });
});
