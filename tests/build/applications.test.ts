import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, listFiles, readBuilt, readPage, type BuiltSite } from '../helpers/build-site.ts';

describe('application pages', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('site-basic');
    expect(site.status, site.output).toBe(0);
  });

  test('an application page shows the cover note and the chosen work, in the chosen order', () => {
    const page = readPage(site, 'apply/acme-foods-7k2p/index.html');
    expect(page.querySelector('.eyebrow')?.text).toBe('Community Manager at Acme Foods');
    expect(page.querySelector('.prose')?.text).toContain('Dear Acme Foods team');
    expect(
      page
        .querySelectorAll('#application-work ~ ul h3 a, section[aria-labelledby="application-work"] h3 a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/case-studies/crisis/', '/case-studies/launch/']);
    expect(page.querySelectorAll('section[aria-labelledby="application-writing"] h3 a').map((link) => link.getAttribute('href'))).toEqual([
      '/blog/mdx-post/',
    ]);
  });

  test('is kept out of search engines, with a social card of its own', () => {
    const page = readPage(site, 'apply/acme-foods-7k2p/index.html');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      'https://fixture.example/social-cards/en/application/acme-foods-7k2p.png',
    );
    expect(listFiles(site.outDir)).toContain('social-cards/en/application/acme-foods-7k2p.png');
  });

  test('is unlisted: no other page, feed or the sitemap mentions it', () => {
    const mentions = listFiles(site.outDir)
      .filter((file) => /\.(html|xml|txt)$/.test(file) && !file.startsWith('apply/'))
      .filter((file) => readBuilt(site, file).includes('acme-foods-7k2p') || readBuilt(site, file).includes('Acme Foods'));
    expect(mentions).toEqual([]);
  });
});
