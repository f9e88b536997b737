import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, listFiles, readBuilt, readPage, type BuiltSite } from '../helpers/build-site.ts';

/**
 * The raw-HTML fixture's bodies (a .md post, an .mdx post, a case study, the profile bio on the
 * home, about and CV pages, an application note) hold refreshes, base addresses, frames, forms,
 * event attributes and javascript: links, written as raw HTML, as JSX and as MDX expressions.
 */
describe('entry bodies in the built raw-HTML fixture', () => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = buildSite('site-raw-html');
    expect(site.status, site.output).toBe(0);
    pages = listFiles(site.outDir).filter((file) => file.endsWith('.html'));
  });

  test('no page has a refresh, a base address, a frame, a form, an object or a stylesheet from elsewhere', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'blog/raw-html/index.html',
        'blog/jsx/index.html',
        'case-studies/raw/index.html',
        'index.html',
        'about/index.html',
        'cv/index.html',
        'apply/raw-app/index.html',
      ]),
    );
    for (const page of pages) {
      const html = readPage(site, page);
      expect(
        html.querySelectorAll('meta[http-equiv="refresh" i], base, iframe, object, embed, style').map((element) => element.outerHTML),
        page,
      ).toEqual([]);
      // The search page has the site's own form; bodies have none.
      expect(
        html.querySelectorAll('.prose form, .prose svg').map((element) => element.outerHTML),
        page,
      ).toEqual([]);
      expect(
        html
          .querySelectorAll('link[rel="stylesheet"]')
          .map((link) => link.getAttribute('href'))
          .filter((href) => /elsewhere/.test(href ?? '')),
        page,
      ).toEqual([]);
    }
  });

  test('no element has an event attribute, and no link or source runs script or leaves for a data: URL', () => {
    for (const page of pages) {
      const html = readPage(site, page);
      const withEvents = html.querySelectorAll('*').filter((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name)));
      expect(
        withEvents.map((element) => element.outerHTML.slice(0, 80)),
        page,
      ).toEqual([]);
      const urls = html
        .querySelectorAll('[href], [src], [action], [formaction]')
        .flatMap((element) => ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? ''));
      // Browsers ignore control characters in a scheme; so must this check.
      // eslint-disable-next-line no-control-regex
      const withoutControls = (url: string) => url.replace(/[\u0000-\u0020]/g, '');
      expect(
        urls.filter((url) => /^\s*(javascript|vbscript|data):/i.test(withoutControls(url))),
        page,
      ).toEqual([]);
      const scripts = html
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json' && !script.getAttribute('src'));
      expect(
        scripts.map((script) => script.outerHTML),
        page,
      ).toEqual([]);
    }
  });

  test('nothing in a body loads from another site', () => {
    for (const page of pages) {
      const loaded = readPage(site, page)
        .querySelectorAll('.prose img, .prose source')
        .map((element) => `${element.getAttribute('src') ?? ''} ${element.getAttribute('srcset') ?? ''}`);
      expect(
        loaded.filter((url) => /elsewhere|\/\//.test(url)),
        page,
      ).toEqual([]);
    }
  });

  test('what Markdown and MDX write is kept: highlighted, focusable code, footnotes, tables, asides, expressions and their links', () => {
    const post = readPage(site, 'blog/raw-html/index.html').querySelector('.prose')!;
    // node-html-parser keeps a pre's content as text, so the code block is read as written.
    expect(readBuilt(site, 'blog/raw-html/index.html')).toContain(
      '<pre class="language-js" data-language="js" tabindex="0"><code class="language-js"><span class="token keyword">const</span>',
    );
    expect(post.querySelector('a[href="https://example.com/"]')?.text).toBe('normal link');
    expect(post.querySelector('section.footnotes li p')?.text).toContain('The footnote text.');
    expect(post.querySelectorAll('table td').map((cell) => cell.text)).toEqual(['a', 'b']);
    expect(post.querySelector('aside mark')?.text).toBe('marked');
    expect(post.querySelectorAll('a').map((link) => link.text)).toEqual(expect.arrayContaining(['raw javascript link', 'obfuscated link']));
    const mdx = readPage(site, 'blog/jsx/index.html').querySelector('.prose')!;
    expect(mdx.querySelector('p')?.text).toBe('An MDX expression: 2. A Markdown link.');
    expect(mdx.querySelector('a[href="https://example.com/mdx"]')).not.toBeNull();
    expect(mdx.querySelector('aside')?.text).toBe('An aside in JSX.');
    expect(mdx.querySelectorAll('a').map((link) => [link.text, link.getAttribute('href')])).toEqual(
      expect.arrayContaining([
        ['JSX javascript link', undefined],
        ['expression link', undefined],
      ]),
    );
  });

  test('feeds carry the sanitised bodies', () => {
    for (const feed of ['rss.xml', 'feeds/en.xml']) {
      const xml = readBuilt(site, feed);
      expect(xml, feed).toContain('highlighted by Prism');
      expect(xml, feed).not.toMatch(/javascript:alert|http-equiv|&lt;iframe|&lt;form|onmouseover|elsewhere\.example\/pixel/);
    }
  });
});
