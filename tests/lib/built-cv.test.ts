import { describe, expect, test } from 'vitest';
import { builtCvOf } from '../../src/lib/built-cv.ts';

const head = (links: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head>${links}</head><body></body></html>`;

describe('builtCvOf', () => {
  test('reads the base path from the canonical link and every language from the hreflang links', () => {
    const html = head(`<link rel="canonical" href="https://someone.github.io/portfolio/cv/">
      <link rel="alternate" hreflang="en" href="https://someone.github.io/portfolio/cv/">
      <link rel="alternate" hreflang="hi" href="https://someone.github.io/portfolio/hi/cv/">
      <link rel="alternate" hreflang="x-default" href="https://someone.github.io/portfolio/cv/">
      <link rel="alternate" type="application/rss+xml" hreflang="en" href="https://someone.github.io/portfolio/feeds/en.xml">`);
    expect(builtCvOf(html)).toEqual({
      basePath: '/portfolio/',
      pages: [
        { language: 'en', path: '/portfolio/cv/', pdfPath: '/portfolio/cv.pdf' },
        { language: 'hi', path: '/portfolio/hi/cv/', pdfPath: '/portfolio/hi/cv.pdf' },
      ],
    });
  });

  test('a site in one language has its one CV page', () => {
    expect(builtCvOf(head('<link rel="canonical" href="https://fixture.example/cv/">', 'tl'))).toEqual({
      basePath: '/',
      pages: [{ language: 'tl', path: '/cv/', pdfPath: '/cv.pdf' }],
    });
  });

  test('says so when the page has no canonical CV link', () => {
    expect(builtCvOf(head('<link rel="canonical" href="https://fixture.example/about/">'))).toEqual({
      problem: 'has no canonical link to a CV page, so it was not built by this version of Commfolio',
    });
  });
});
