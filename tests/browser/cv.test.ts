import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withoutVitestVariables, type BuiltSite } from '../helpers/build-site.ts';
import { servedSite } from '../helpers/browser.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

function runCvPdf(site: BuiltSite, environment: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/cv-pdf.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: 'tests/fixtures/site-multilingual', COMMFOLIO_OUT_DIR: site.outDir, ...environment },
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
    const result = runCvPdf(served.site, { CHROMIUM_PATH: '/nonexistent/chromium', COMMFOLIO_OUT_DIR: path.join(served.site.outDir, 'elsewhere') });
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
      linkSuffix: getComputedStyle(document.querySelector('.cv-more a[href^="http"]:not(.cv-url), .timeline a[href^="http"]')!, '::after').content,
    }));
    await page.close();
    expect(printed.header).toBe('none');
    expect(printed.footer).toBe('none');
    expect(printed.linkSuffix).toMatch(/^" — " attr\(href\)$|^" — https?:/);
  });
});
