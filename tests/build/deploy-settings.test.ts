import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, readPage, type BuiltSite } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('a custom domain and a printed CV (site.yaml: domain, cvPdf)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-domain-')), 'content');
    cpSync(path.join(projectRoot, 'tests/fixtures/site-basic'), content, { recursive: true });
    appendFileSync(path.join(content, 'site.yaml'), '\ndomain: Asha.Example.com\ncvPdf: true\n');
    // The host's address (as GitHub Pages passes it) gives way to the custom domain.
    site = buildSite(content, { SITE_URL: 'https://asha.github.io', BASE_PATH: '/portfolio/' });
    expect(site.status, site.output).toBe(0);
  });

  test('the site lives at the root of https://<domain>/ and the build writes CNAME', () => {
    expect(readFileSync(path.join(site.outDir, 'CNAME'), 'utf8')).toBe('asha.example.com\n');
    expect(readPage(site, 'index.html').querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://asha.example.com/');
  });

  test('the build prints cv.pdf and the CV page links it instead of the print hint', () => {
    expect(readFileSync(path.join(site.outDir, 'cv.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const link = readPage(site, 'cv/index.html').querySelector('.cv__download a[download]');
    expect(link?.getAttribute('href')).toBe('/cv.pdf');
    expect(link?.text.trim()).toBe('Download CV (PDF)');
  });

  test('without them: no CNAME, no PDF, the print hint', () => {
    const plain = buildSite('site-basic');
    expect(plain.status, plain.output).toBe(0);
    expect(existsSync(path.join(plain.outDir, 'CNAME'))).toBe(false);
    expect(existsSync(path.join(plain.outDir, 'cv.pdf'))).toBe(false);
    expect(readPage(plain, 'cv/index.html').querySelector('.cv-hint')?.text).toMatch(/Save as PDF/);
  });
});
