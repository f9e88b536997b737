import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { serveSite } from '../helpers/browser.ts';

describe.each([
  ['the sample portfolio at the root', '../../content', '/'],
  ['the sample portfolio under /portfolio/', '../../content', '/portfolio/'],
  ['the multilingual fixture', 'site-multilingual', '/'],
  ['the basic fixture under /portfolio/', 'site-basic', '/portfolio/'],
] as const)('links on %s', (_, fixture, basePath) => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    site = buildSite(fixture, basePath === '/' ? {} : { SITE_URL: 'https://someone.github.io', BASE_PATH: basePath });
    expect(site.status, site.output).toBe(0);
    server = await serveSite(site.outDir, basePath);
  });
  afterAll(() => server?.close());

  test('every internal link, image and fragment resolves (linkinator)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.origin}${basePath}`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Links to the owner's profiles and canonical addresses are not this site's to check offline.
      linksToSkip: (link) => Promise.resolve(!link.startsWith(server.origin)),
    });
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (from ${link.parent}, ${link.status})`);
    console.log(`linkinator: ${result.links.filter((link) => link.state === 'OK').length} links checked, ${broken.length} broken`);
    expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  });
});
