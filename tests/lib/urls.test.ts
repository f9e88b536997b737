import { describe, expect, test } from 'vitest';
import { createUrls, languageRouteParam, socialCardFile, socialCardRouteParam } from '../../src/lib/urls.ts';
import { normaliseBasePath } from '../../src/lib/base-path.ts';
import { pageRouteParam, paginate } from '../../src/lib/pagination.ts';

describe('createUrls', () => {
  const root = createUrls({ siteUrl: 'https://asha.example', basePath: '/', defaultLanguage: 'en' });
  const sub = createUrls({ siteUrl: 'https://asha.example', basePath: '/portfolio/', defaultLanguage: 'en' });
  const english = root.section('en');
  const hindi = root.section('hi');

  test.each([
    [english.home(), '/'],
    [english.post('hello'), '/blog/hello/'],
    [english.blog(1), '/blog/'],
    [english.blog(3), '/blog/page/3/'],
    [english.tag('analytics', 2), '/blog/tags/analytics/page/2/'],
    [hindi.home(), '/hi/'],
    [hindi.post('namaste'), '/hi/blog/namaste/'],
    [hindi.blog(2), '/hi/blog/page/2/'],
    [sub.section('en').caseStudy('launch'), '/portfolio/case-studies/launch/'],
    [sub.section('hi').about(), '/portfolio/hi/about/'],
    [sub.postsFeed(), '/portfolio/rss.xml'],
    [sub.languageFeed('hi'), '/portfolio/feeds/hi.xml'],
    [sub.sitemap(), '/portfolio/sitemap.xml'],
    [sub.resume(), '/portfolio/resume.json'],
    [sub.section('en').cvPdf(), '/portfolio/cv.pdf'],
    [sub.section('hi').cvPdf(), '/portfolio/hi/cv.pdf'],
    [sub.socialCard({ kind: 'post', language: 'hi', slug: 'hello' }), '/portfolio/social-cards/hi/post/hello.png'],
    [sub.socialCard({ kind: 'home', language: 'en' }), '/portfolio/social-cards/en/home.png'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('percent-encodes slugs in other scripts, in pages and cards alike', () => {
    expect(english.tag('सामुदायिक')).toBe(`/blog/tags/${encodeURIComponent('सामुदायिक')}/`);
    expect(root.socialCard({ kind: 'tag', language: 'en', slug: 'सामुदायिक' })).toBe(
      `/social-cards/en/tag/${encodeURIComponent('सामुदायिक')}.png`,
    );
  });

  test('absolute URLs keep the base path', () => {
    expect(sub.absolute(sub.section('en').post('hello'))).toBe('https://asha.example/portfolio/blog/hello/');
  });

  test('card files mirror card URLs, without base path or encoding', () => {
    expect(socialCardFile({ kind: 'tag', language: 'hi', slug: 'सामुदायिक' })).toBe('social-cards/hi/tag/सामुदायिक.png');
    expect(socialCardFile({ kind: 'about', language: 'en' })).toBe('social-cards/en/about.png');
    expect(socialCardFile({ kind: 'post', language: 'en', slug: 'x', format: 'jpg' })).toBe('social-cards/en/post/x.jpg');
    expect(socialCardRouteParam(socialCardFile({ kind: 'tag', language: 'hi', slug: 'सामुदायिक' }))).toBe('hi/tag/सामुदायिक');
    expect(socialCardRouteParam(socialCardFile({ kind: 'post', language: 'en', slug: 'v1.2-notes', format: 'jpg' }))).toBe(
      'en/post/v1.2-notes',
    );
    expect(() => socialCardRouteParam('images/x.png')).toThrow(/not in social-cards\//);
    expect(sub.socialCard({ kind: 'tag', language: 'en', slug: 'सामुदायिक' })).toBe(
      `/portfolio/social-cards/en/tag/${encodeURIComponent('सामुदायिक')}.png`,
    );
    expect(root.socialCard({ kind: 'home', language: 'en' })).toBe('/social-cards/en/home.png');
  });

  test('the default language has no route parameter, others their code', () => {
    expect(languageRouteParam('en', 'en')).toBeUndefined();
    expect(languageRouteParam('hi', 'en')).toBe('hi');
  });
});

describe('normaliseBasePath', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['portfolio', '/portfolio/'],
    ['/portfolio', '/portfolio/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBasePath(input)).toBe(expected);
  });
});

describe('paginate', () => {
  test('splits into pages and numbers them', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((page) => page.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.every((page) => page.total === 3)).toBe(true);
  });
  test('an empty list has one empty page', () => {
    expect(paginate([], 5)).toEqual([{ number: 1, total: 1, items: [] }]);
  });
  test('page 1 has no route param, later pages "page/N"', () => {
    expect(pageRouteParam(1)).toBeUndefined();
    expect(pageRouteParam(4)).toBe('page/4');
  });
});
