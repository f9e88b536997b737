import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import ogs from 'open-graph-scraper';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, existsSync, fileForPath, listFiles, readBuilt, type BuiltSite } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const SITES = [
  ['the sample portfolio', '../../content', '/'],
  ['the basic fixture', 'site-basic', '/'],
  ['the multilingual fixture', 'site-multilingual', '/'],
  ['the basic fixture under /portfolio/', 'site-basic', '/portfolio/'],
] as const;
const hasJava = spawnSync('java', ['-version']).status === 0;

describe.each(SITES)('validators on %s', (_, fixture, basePath) => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = buildSite(fixture, basePath === '/' ? {} : { SITE_URL: 'https://someone.github.io', BASE_PATH: basePath });
    expect(site.status, site.output).toBe(0);
    pages = listFiles(site.outDir).filter((file) => file.endsWith('.html'));
  });

  test('every page is valid HTML (html-validate)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(site.outDir, page));
      for (const result of report.results) for (const message of result.messages) failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    console.log(`html-validate: ${pages.length} pages, ${failures.length} errors`);
    expect(failures).toEqual([]);
  });

  test.runIf(hasJava)('every page passes the Nu HTML checker', () => {
    const jar = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', site.outDir], { encoding: 'utf8' });
    const errors = result.stderr.split('\n').filter((line) => line.includes('error'));
    console.log(`Nu HTML checker: ${pages.length} pages, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });

  test('feeds are well-formed XML that two feed parsers read', async () => {
    const feeds = listFiles(site.outDir).filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'));
    expect(feeds.length).toBeGreaterThanOrEqual(2);
    for (const file of feeds) {
      const xml = readBuilt(site, file);
      expect(XMLValidator.validate(xml), file).toBe(true);
      const first = await new Parser().parseString(xml);
      const second = parseFeed(xml);
      expect(second.items.length, file).toBe(first.items.length);
      expect(second.items.map((item) => item.url)).toEqual(first.items.map((item) => item.link));
      for (const item of second.items) expect(item.url, file).toMatch(new RegExp(`^https://[^/]+${basePath}`));
    }
  });

  test('OpenGraph read back by a scraper gives title, description and an image that exists', async () => {
    const kinds = pages.filter((page) => /^(index|about\/index|cv\/index|blog\/index|case-studies\/index|404)\.html$|^(blog|case-studies)\/[^/]+\/index\.html$/.test(page));
    expect(kinds.length).toBeGreaterThan(5);
    for (const page of kinds) {
      const { result } = await ogs({ html: readFileSync(path.join(site.outDir, page), 'utf8') });
      expect(result.ogTitle, page).toBeTruthy();
      expect(result.ogDescription, page).toBeTruthy();
      const image = result.ogImage?.[0];
      expect(image?.width, page).toBe('1200');
      const file = fileForPath(site, new URL(image!.url).pathname, basePath);
      expect(existsSync(file), `${page} → ${image!.url}`).toBe(true);
    }
  });

  test('sitemap and robots.txt are well-formed and agree', () => {
    const sitemap = readBuilt(site, 'sitemap.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const locations = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations) expect(existsSync(fileForPath(site, new URL(location).pathname, basePath)), location).toBe(true);
    const robots = readBuilt(site, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${new URL(`${basePath}sitemap.xml`, locations[0]).href}`);
  });
});
