import { describe, expect, test } from 'vitest';
import { sanitizeBodyHtml } from '../../../src/lib/markdown/sanitize-html.ts';

describe('sanitizeBodyHtml', () => {
  test.each([
    ['a refresh', '<meta http-equiv="refresh" content="0;url=https://elsewhere.example">', ''],
    ['a base address', '<base href="https://elsewhere.example/">', ''],
    ['an iframe and its fallback', '<iframe src="https://elsewhere.example">fallback</iframe>', ''],
    [
      'a script, a style and a stylesheet',
      '<script>alert(1)</script><style>p{}</style><link rel="stylesheet" href="https://elsewhere.example/x.css">',
      '',
    ],
    ['an object, an embed, an SVG', '<object data="x"></object><embed src="x"><svg><script>alert(1)</script></svg>', ''],
    [
      'a form (its text stays)',
      '<form action="https://elsewhere.example"><button formaction="https://elsewhere.example/b">Send</button></form>',
      'Send',
    ],
    [
      'event attributes and inline styles',
      '<div onclick="alert(1)" onmouseover="alert(2)" style="position:fixed" class="note">x</div>',
      '<div class="note">x</div>',
    ],
    [
      'javascript:, obfuscated and data: links',
      '<a href="javascript:alert(1)">a</a><a href=" JaVa&#x09;ScRiPt:alert(1)">b</a><a href="data:text/html,x">c</a>',
      '<a>a</a><a>b</a><a>c</a>',
    ],
    [
      'remote, protocol-relative and data: images',
      '<img src="https://elsewhere.example/p.gif" alt="a"><img src="//elsewhere.example/p.gif" alt="b"><img src="data:image/png;base64,AA" alt="c">',
      '<img alt="a"><img alt="b"><img alt="c">',
    ],
    [
      'a srcset with a scheme',
      '<img src="/_astro/a.webp" srcset="/_astro/a.webp 480w, javascript:alert(1) 2x" alt="a">',
      '<img src="/_astro/a.webp" alt="a">',
    ],
    ['a name that would clobber document.x', '<img src="/a.png" name="cookie" alt="">', '<img src="/a.png" alt="">'],
  ])('removes %s', (_, html, expected) => {
    expect(sanitizeBodyHtml(html)).toBe(expected);
  });

  test.each([
    [
      'links within the site, elsewhere, by mail',
      '<a href="/blog/">a</a> <a href="#notes">b</a> <a href="https://example.com/">c</a> <a href="mailto:me@example.com">d</a>',
    ],
    [
      'Prism code blocks that take focus',
      '<pre class="language-js" data-language="js" tabindex="0"><code class="language-js"><span class="token keyword">const</span></code></pre>',
    ],
    [
      'headings with their ids, footnotes',
      '<h2 id="results">Results</h2><sup><a href="#fn-1" id="fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>',
    ],
    [
      "the site's responsive images",
      '<img src="/_astro/a.webp" srcset="/_astro/a.webp 480w, /_astro/b.webp 960w" sizes="100vw" alt="A chart" width="960" height="540" loading="lazy" decoding="async">',
    ],
    [
      'asides, figures, tables, marks',
      '<aside><figure><figcaption>Cap</figcaption></figure></aside><table><tbody><tr><td>1</td></tr></tbody></table><mark>m</mark>',
    ],
  ])('keeps %s', (_, html) => {
    expect(sanitizeBodyHtml(html)).toBe(html);
  });
});
