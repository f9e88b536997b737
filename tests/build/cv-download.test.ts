import { describe, expect, test } from 'vitest';
import { buildSite, readPage } from '../helpers/build-site.ts';

describe('the "Download CV (PDF)" button', () => {
  test('shows on the CV page and beside the contact button when the build prints the PDF (cvPdf, here CV_PDF=true)', () => {
    const site = buildSite('site-basic', { CV_PDF: 'true' });
    expect(site.status, site.output).toBe(0);
    expect(readPage(site, 'cv/index.html').querySelector('.cv__download a[download]')?.getAttribute('href')).toBe('/cv.pdf');
    expect(readPage(site, 'cv/index.html').querySelector('.cv-hint')).toBeNull();
    expect(
      readPage(site, 'index.html')
        .querySelectorAll('.hero .actions a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['mailto:fixture@example.com', '/cv/', '/cv.pdf']);
  });

  test('is left out otherwise: the CV page tells a wide screen how to print instead', () => {
    const site = buildSite('site-basic');
    expect(site.status, site.output).toBe(0);
    // (The QR code's download link stays: it is not the CV.)
    expect(readPage(site, 'cv/index.html').querySelector('a[href$="cv.pdf"]')).toBeNull();
    expect(readPage(site, 'cv/index.html').querySelector('.cv-hint')?.text).toMatch(/Print/);
    expect(
      readPage(site, 'index.html')
        .querySelectorAll('.hero .actions a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['mailto:fixture@example.com', '/cv/']);
  });
});
