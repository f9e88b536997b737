import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, withoutVitestVariables, type BuiltSite } from '../helpers/build-site.ts';
import { servedSite } from '../helpers/browser.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

function runCvPdf(site: BuiltSite, environment: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/cv-pdf.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...withoutVitestVariables(process.env),
      CONTENT_DIR: 'tests/fixtures/site-multilingual',
      COMMFOLIO_OUT_DIR: site.outDir,
      ...environment,
    },
  });
}

/** Pages in a PDF, counted from its page objects (Chromium writes them uncompressed). */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('the CV', () => {
  const served = servedSite('site-multilingual');

  test('npm run cv:pdf writes an A4 PDF of one or two pages per site language', () => {
    const result = runCvPdf(served.site);
    expect(result.status, result.stderr).toBe(0);
    for (const file of ['cv.pdf', 'ar/cv.pdf', 'hi/cv.pdf']) {
      const pdf = readFileSync(path.join(served.site.outDir, file));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfPageCount(pdf), file).toBeGreaterThanOrEqual(1);
      expect(pdfPageCount(pdf), file).toBeLessThanOrEqual(2);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d+ 841\.\d+\]/);
    }
  });

  test('without Chromium it says how to get the PDF another way, and writes nothing', () => {
    const result = runCvPdf(served.site, {
      CHROMIUM_PATH: '/nonexistent/chromium',
      COMMFOLIO_OUT_DIR: path.join(served.site.outDir, 'elsewhere'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is /nonexistent/chromium, which does not exist');
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stderr).toContain('"Save as PDF"');
    expect(existsSync(path.join(served.site.outDir, 'elsewhere'))).toBe(false);
  });

  test('printing hides navigation and shows where links go', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.server.origin}/cv/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      footer: getComputedStyle(document.querySelector('.site-footer')!).display,
      linkSuffix: getComputedStyle(document.querySelector('.cv-more a[href^="http"]:not(.cv-url), .timeline a[href^="http"]')!, '::after')
        .content,
    }));
    await page.close();
    expect(printed.header).toBe('none');
    expect(printed.footer).toBe('none');
    expect(printed.linkSuffix).toMatch(/^" — " attr\(href\)$|^" — https?:/);
  });
});

describe('npm run cv:pdf after a build under a base path', () => {
  /** A copy of the basic fixture built for https://someone.github.io/portfolio/ (the build search.test.ts serves too). */
  const copyOfBuild = () => {
    const site = buildSite('site-basic', { SITE_URL: 'https://someone.github.io', BASE_PATH: '/portfolio/' });
    expect(site.status, site.output).toBe(0);
    const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-cv-')), 'dist');
    cpSync(site.outDir, outDir, { recursive: true });
    return outDir;
  };
  /** cv:pdf as a user runs it after that build: in the project, with neither CONTENT_DIR nor BASE_PATH. */
  const printCv = (outDir: string) =>
    spawnSync(process.execPath, ['scripts/cv-pdf.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...withoutVitestVariables(process.env), COMMFOLIO_OUT_DIR: outDir },
    });

  test('reads the base path from the build, so the PDF is styled without repeating BASE_PATH', () => {
    const outDir = copyOfBuild();
    const result = printCv(outDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*dist\/cv\.pdf \(A4, \d+ KB\)$/m);
    expect(readFileSync(path.join(outDir, 'cv.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('stops, rather than print an unstyled CV, when the page cannot load its stylesheet', () => {
    const outDir = copyOfBuild();
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(readFileSync(path.join(outDir, 'cv/index.html'), 'utf8'))![1]!;
    rmSync(path.join(outDir, stylesheet.slice('/portfolio/'.length)));
    const result = printCv(outDir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(
        `^The CV page /portfolio/cv/ could not load ${stylesheet.replaceAll('.', '\\.')} from .*dist/, so its PDF would print unstyled\\. Run npm run build again, then npm run cv:pdf\\.$`,
      ),
    );
    expect(existsSync(path.join(outDir, 'cv.pdf'))).toBe(false);
  });
});
