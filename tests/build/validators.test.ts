import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { wellFormedXml } from '../helpers/xml.ts';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import ogs from 'open-graph-scraper';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { buildSite, existsSync, fileForPath, listFiles, readBuilt, type BuiltSite } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const SITES = [
  ['the sample portfolio', '../../content', '/'],
  ['the basic fixture', 'site-basic', '/'],
  ['the multilingual fixture', 'site-multilingual', '/'],
  ['the basic fixture under /portfolio/', 'site-basic', '/portfolio/'],
  ['the reach fixture (links page, contact form, privacy note)', 'site-reach', '/'],
] as const;
// The project's configuration, given explicitly: built sites live under the system temp folder,
// where html-validate's FileSystemConfigLoader finds no configuration and so checks nothing.
const htmlValidator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
const NU_CHECKER = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** html-validate's messages for every page, as "page:line:column rule message". */
async function htmlValidateErrors(folder: string, pages: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const page of pages) {
    const report = await htmlValidator.validateFile(path.join(folder, page));
    for (const result of report.results)
      for (const message of result.messages)
        failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  return failures;
}

/**
 * The Nu HTML checker's errors for the given pages of a folder, as "page:line message". Throws when the
 * checker could not run (no Java, no vnu.jar), stopped without a report, or did not check exactly
 * those pages: a check that did not run must not pass.
 */
function nuCheckerErrors(folder: string, pages: string[]): string[] {
  if (!existsSync(NU_CHECKER)) throw new Error(`The Nu HTML checker is missing (${NU_CHECKER}): run npm install.`);
  const options = ['--errors-only', '--skip-non-html', '--format', 'json', '--verbose'];
  const result = spawnSync('java', ['-jar', NU_CHECKER, ...options, folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error)
    throw new Error(
      `Java could not run the Nu HTML checker (${result.error.message}). Install Java, e.g. apt-get install default-jre-headless.`,
    );
  let report: { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  try {
    report = JSON.parse(result.stderr);
  } catch {
    throw new Error(`The Nu HTML checker stopped with exit status ${result.status} and no report:\n${result.stderr}${result.stdout}`);
  }
  const relative = (file: string) => path.relative(folder, file);
  const errors = report.messages
    .filter((message) => message.type !== 'info')
    .map((message) => `${message.url ? relative(fileURLToPath(message.url)) : folder}:${message.lastLine ?? 0} ${message.message}`);
  if (result.status !== 0 && errors.length === 0)
    throw new Error(`The Nu HTML checker stopped with exit status ${result.status} without reporting an error:\n${result.stderr}`);
  // --verbose lists every file checked on stdout.
  expect(result.stdout.split('\n').filter(Boolean).map(relative).sort(), 'the pages the Nu HTML checker checked').toEqual(
    [...pages].sort(),
  );
  return errors;
}

describe('the HTML validators, on a page with planted errors under the system temp folder', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'commfolio-planted-'));
  mkdirSync(path.join(folder, 'blog'));
  writeFileSync(
    path.join(folder, 'blog/index.html'),
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Planted</title></head>\n<body>\n<main id="x"><p id="x">Same id twice</p>\n<div role="region" aria-label="Data" tabindex="0"><table><tbody><tr><td>1</td></tr></tbody></table></div>\n<section><span>Unclosed</section>\n</main>\n</body>\n</html>\n',
  );

  test('html-validate reports each of them with the project configuration', async () => {
    const rules = (await htmlValidateErrors(folder, ['blog/index.html'])).map((failure) => failure.split(' ')[1]);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'prefer-native-element', 'close-order']));
  });

  test('the Nu HTML checker reports the duplicate id', () => {
    expect(nuCheckerErrors(folder, ['blog/index.html'])).toContainEqual(expect.stringMatching(/^blog\/index\.html:5 Duplicate ID “x”/));
  });
});

describe.each(SITES)('validators on %s', (_, fixture, basePath) => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = buildSite(fixture, basePath === '/' ? {} : { SITE_URL: 'https://someone.github.io', BASE_PATH: basePath });
    expect(site.status, site.output).toBe(0);
    pages = listFiles(site.outDir).filter((file) => file.endsWith('.html'));
  });

  test('every page is valid HTML (html-validate)', async () => {
    const failures = await htmlValidateErrors(site.outDir, pages);
    console.log(`html-validate: ${pages.length} pages, ${failures.length} errors`);
    expect(failures).toEqual([]);
  });

  test('every page passes the Nu HTML checker', () => {
    const errors = nuCheckerErrors(site.outDir, pages);
    console.log(`Nu HTML checker: ${pages.length} pages, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });

  test('feeds are well-formed XML that two feed parsers read', async () => {
    const feeds = listFiles(site.outDir).filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'));
    expect(feeds.length).toBeGreaterThanOrEqual(2);
    for (const file of feeds) {
      const xml = readBuilt(site, file);
      expect(wellFormedXml(xml), file).toBe(true);
      const first = await new Parser().parseString(xml);
      const second = parseFeed(xml);
      expect(second.items.length, file).toBe(first.items.length);
      expect(second.items.map((item) => item.url)).toEqual(first.items.map((item) => item.link));
      for (const item of second.items) expect(item.url, file).toMatch(new RegExp(`^https://[^/]+${basePath}`));
    }
  });

  test('OpenGraph read back by a scraper gives title, description and an image that exists', async () => {
    const kinds = pages.filter((page) =>
      /^(index|about\/index|cv\/index|blog\/index|case-studies\/index|404)\.html$|^(blog|case-studies)\/[^/]+\/index\.html$/.test(page),
    );
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
    expect(wellFormedXml(sitemap)).toBe(true);
    const locations = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations) expect(existsSync(fileForPath(site, new URL(location).pathname, basePath)), location).toBe(true);
    const robots = readBuilt(site, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${new URL(`${basePath}sitemap.xml`, locations[0]).href}`);
  });
});
