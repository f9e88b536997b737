import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { imageMetadata } from '../helpers/image-metadata.ts';
import { parseHeadersFile, headersFor } from '../../scripts/shared/static-server.ts';
import { adminPolicyHeader } from '../../src/lib/editor-config/admin-policy.ts';
import { buildSite, listFiles, readBuilt, readPage, type BuiltSite, EDITOR_PAGE } from '../helpers/build-site.ts';

describe.each([
  ['the sample portfolio', '../../content'],
  ['the basic fixture', 'site-basic'],
])('security of %s', (_, fixture) => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = buildSite(fixture);
    expect(site.status, site.output).toBe(0);
    pages = listFiles(site.outDir).filter((file) => file.endsWith('.html') && file !== EDITOR_PAGE);
  });

  test('every page carries a Content-Security-Policy without unsafe-inline or unsafe-eval', () => {
    for (const page of pages) {
      const policy = readPage(site, page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy, page).toMatch(/script-src 'self'/);
      expect(policy, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  test('no page has an inline script, inline style or style attribute', () => {
    for (const page of pages) {
      const html = readPage(site, page);
      const inlineScripts = html
        .querySelectorAll('script:not([src])')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(
        inlineScripts.map((script) => script.outerHTML.slice(0, 80)),
        page,
      ).toEqual([]);
      expect(html.querySelectorAll('style, [style]').length, page).toBe(0);
    }
  });

  test('pages load nothing from other sites (links to profiles are fine)', () => {
    for (const page of pages) {
      const html = readPage(site, page);
      const loaded = [
        ...html
          .querySelectorAll('script[src], img[src], source[srcset], iframe, video, audio')
          .map((element) => element.getAttribute('src') ?? element.getAttribute('srcset') ?? ''),
        ...html
          .querySelectorAll('link')
          .filter((link) => !['alternate', 'canonical', 'me', 'sitemap'].includes(link.getAttribute('rel') ?? ''))
          .map((link) => link.getAttribute('href') ?? ''),
      ];
      expect(
        loaded.filter((url) => /^(https?:)?\/\//.test(url)),
        page,
      ).toEqual([]);
    }
  });

  test('a scan of every published image finds no metadata (EXIF, GPS, XMP, IPTC)', async () => {
    const images = listFiles(site.outDir).filter((file) => /\.(png|jpe?g|webp|avif|gif|tiff?)$/i.test(file));
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) expect(await imageMetadata(path.join(site.outDir, image)), image).toEqual({});
  });

  test('_headers gives every page the policy and the usual security headers', () => {
    const headers = headersFor(parseHeadersFile(readBuilt(site, '_headers')), '/blog/some-post/');
    expect(headers['Content-Security-Policy']).toMatch(/default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });

  test("_headers gives the editor at /admin/ its own policy instead of the site's, as Netlify and Cloudflare add rules up", () => {
    const headers = headersFor(parseHeadersFile(readBuilt(site, '_headers')), '/admin/');
    expect(headers['Content-Security-Policy']).toBe(adminPolicyHeader());
    expect(headers).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Robots-Tag': 'noindex' });
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile('/*\n  A: one\n  B: kept\n/x/*\n  A: two\n/y/*\n  ! A\n  A: three\n');
  test.each([
    ['/', { A: 'one', B: 'kept' }],
    ['/x/', { A: 'one, two', B: 'kept' }],
    ['/y/', { A: 'three', B: 'kept' }],
  ])('%s gets the headers of every matching rule, with ! removing earlier ones', (pathname, expected) => {
    expect(headersFor(rules, pathname)).toEqual(expected);
  });
});
