import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, existsSync, fileForPath, readPage, withoutVitestVariables } from '../helpers/build-site.ts';
import { contentForCase, MALFORMED_CASES } from '../helpers/malformed.ts';

// npm run build checks the content before Astro starts, so what the check refuses the build
// refuses. The other way round is what these tests hold: the check never passes content that the
// build then fails on, or builds with an entry missing. Each malformed case must be refused by both
// (tests/content-folder/check/malformed.test.ts quotes the check's messages); the fixture sites and
// the unusual content of tests/fixtures/edge-cases must pass both.

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** `npm run check -- --content-only` on a content folder. */
function check(contentDir: string, environment: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/check.ts', '--content-only'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir, ...environment },
  });
}

describe.each(MALFORMED_CASES)('the malformed case %s', (name) => {
  test('is refused by npm run check and by npm run build', () => {
    const contentDir = contentForCase(name);
    const checked = check(contentDir);
    expect(checked.status, checked.stdout + checked.stderr).toBe(1);
    const built = buildSite(contentDir);
    expect(built.status, built.output).toBe(1);
    expect(built.output).toContain('Nothing was built;');
  });
});

describe.each(['site-minimal', 'site-basic', 'site-latin', 'site-multilingual', 'site-hostile'])('the fixture site %s', (fixture) => {
  test('passes npm run check and npm run build', () => {
    const checked = check(path.join(projectRoot, 'tests/fixtures', fixture));
    expect(checked.status, checked.stderr).toBe(0);
    const built = buildSite(fixture);
    expect(built.status, built.output).toBe(0);
  });
});

describe('unusual content that builds (tests/fixtures/edge-cases)', () => {
  const contentDir = contentForCase('edge-cases');
  const environment = { SITE_URL: 'https://minimal.example/portfolio' };
  const checked = check(contentDir, environment);
  const site = buildSite(contentDir, environment);

  test('passes npm run check, which advises on the long series, and npm run build', () => {
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(
      /case-studies\/caf(\u00e9|e\u0301)-meetups\/index\.md: charts\[0\] \(\.\/daily\.csv\) has 200,000 rows, more than a chart can show one by one \(at most 120 points\): it is drawn as weekly averages/,
    );
    expect(site.status, site.output).toBe(0);
  });

  test('a path at the end of SITE_URL is the base path of every link', () => {
    const home = readPage(site, 'index.html');
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://minimal.example/portfolio/');
    expect(home.querySelectorAll('a[href^="/"]').every((link) => link.getAttribute('href')!.startsWith('/portfolio/'))).toBe(true);
  });

  test('a post in a year folder is published at its file name', () => {
    expect(readPage(site, 'blog/year-folder-post/index.html').querySelector('h1')?.text).toBe('A post in a year folder');
  });

  test('a case study whose folder was named on a Mac (NFD) is published at its NFC address, and an application finds it', () => {
    const folders = readdirSync(path.join(site.outDir, 'case-studies'));
    expect(folders).toContain('caf\u00e9-meetups');
    expect(folders).not.toContain('cafe\u0301-meetups');
    const application = readPage(site, 'apply/cafe/index.html');
    expect(application.querySelector('a[href="/portfolio/case-studies/caf%C3%A9-meetups/"]')).not.toBeNull();
  });

  test('a 200,000-row series gives a small page: weekly averages, said under the chart', () => {
    const file = fileForPath(site, '/portfolio/case-studies/caf%C3%A9-meetups/', '/portfolio/');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(300_000);
    const page = readPage(site, path.relative(site.outDir, file));
    expect(page.querySelector('.chart__note')?.text).toBe('Weekly averages of 200,000 rows, too many to show one by one.');
    expect(page.querySelectorAll('.chart__table tbody tr').length).toBeLessThanOrEqual(120);
    expect(readFileSync(file, 'utf8')).not.toContain('2022-04-01T');
  });
});
