import { describe, expect, test } from 'vitest';
import { absoluteUrlsInHtml, channelExtras } from '../../src/lib/feed-markup.ts';

describe('absoluteUrlsInHtml', () => {
  test('makes root-relative src, href and srcset absolute', () => {
    const html = '<a href="/portfolio/blog/x/">x</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w">';
    expect(absoluteUrlsInHtml(html, 'https://asha.example/portfolio/')).toBe(
      '<a href="https://asha.example/portfolio/blog/x/">x</a><img src="https://asha.example/_astro/a.webp" srcset="https://asha.example/_astro/a.webp 400w, https://asha.example/_astro/b.webp 800w">',
    );
  });
  test('leaves absolute and protocol-relative URLs alone', () => {
    const html = '<a href="https://other.example/">o</a><img src="//cdn.example/x.png">';
    expect(absoluteUrlsInHtml(html, 'https://asha.example/')).toBe(html);
  });
});

describe('channelExtras', () => {
  test('writes the self link and language, escaped', () => {
    expect(channelExtras('https://a.example/rss.xml?x=1&y=2', 'hi')).toBe(
      '<language>hi</language><atom:link href="https://a.example/rss.xml?x=1&amp;y=2" rel="self" type="application/rss+xml"/>',
    );
  });
});
