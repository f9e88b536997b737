import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { launchBrowser, serveSite } from '../helpers/browser.ts';

describe('self-hosted script fonts', () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite('site-multilingual');
    expect(site.status, site.output).toBe(0);
    server = await serveSite(site.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function fontRequests(path: string) {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const rendered = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replaceAll('"', ''));
    });
    await page.close();
    return { files: requested.filter((url) => url.endsWith('.woff2')).map((url) => url.split('/').pop()!.replace(/\..*$/, '')), rendered, requested };
  }

  test('a Hindi page downloads the Devanagari face and renders with it', async () => {
    const { files, rendered } = await fontRequests('/hi/blog/namaste/');
    expect(files).toContain('noto-sans-devanagari-devanagari-400-normal');
    expect(rendered).toContain('Commfolio Noto Devanagari');
  });

  test('every request stays on the site itself', async () => {
    for (const path of ['/', '/ar/', '/hi/case-studies/hi-study/']) {
      const { requested } = await fontRequests(path);
      expect(requested.filter((url) => !url.startsWith(server.origin)), path).toEqual([]);
    }
  });
});

describe('a Latin-only site', () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let browser: Browser;
  beforeAll(async () => {
    site = buildSite('site-latin');
    expect(site.status, site.output).toBe(0);
    server = await serveSite(site.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(['/', '/blog/', '/blog/tere/', '/about/'])('%s downloads no extra font bytes', async (path) => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'font' && fonts.push(request.url()));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.close();
    expect(fonts).toEqual([]);
  });
});
