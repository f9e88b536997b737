import { describe, expect, test } from 'vitest';
import { createUrls, socialCardFile } from '../../src/lib/urls.ts';
import { normaliseBasePath } from '../../src/lib/base-path.ts';
import { pageRouteParam, paginate } from '../../src/lib/pagination.ts';

describe('createUrls', () => {
  const root = createUrls({ siteUrl: 'https://asha.example', basePath: '/' });
  const sub = createUrls({ siteUrl: 'https://asha.example', basePath: '/portfolio/' });

  test.each([
    [root.home(), '/'],
    [root.post('hello'), '/blog/hello/'],
    [root.blog(1), '/blog/'],
    [root.blog(3), '/blog/page/3/'],
    [root.tag('analytics', 2), '/blog/tags/analytics/page/2/'],
    [sub.caseStudy('launch'), '/portfolio/case-studies/launch/'],
    [sub.postsFeed(), '/portfolio/rss.xml'],
    [sub.socialCard({ kind: 'post', slug: 'hello' }), '/portfolio/social-cards/post/hello.png'],
    [sub.socialCard({ kind: 'home' }), '/portfolio/social-cards/home.png'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('percent-encodes slugs in other scripts', () => {
    expect(root.tag('सामुदायिक')).toBe(`/blog/tags/${encodeURIComponent('सामुदायिक')}/`);
  });

  test('absolute URLs keep the base path', () => {
    expect(sub.absolute(sub.post('hello'))).toBe('https://asha.example/portfolio/blog/hello/');
  });

  test('card files mirror card URLs, without base path or encoding', () => {
    expect(socialCardFile({ kind: 'tag', slug: 'सामुदायिक' })).toBe('social-cards/tag/सामुदायिक.png');
    expect(socialCardFile({ kind: 'about' })).toBe('social-cards/about.png');
    expect(socialCardFile({ kind: 'post', slug: 'x', format: 'jpg' })).toBe('social-cards/post/x.jpg');
    expect(sub.socialCard({ kind: 'tag', slug: 'सामुदायिक' })).toBe(`/portfolio/social-cards/tag/${encodeURIComponent('सामुदायिक')}.png`);
    expect(root.socialCard({ kind: 'home' })).toBe('/social-cards/home.png');
  });
});

describe('normaliseBasePath', () => {
  test.each([['/', '/'], ['', '/'], ['portfolio', '/portfolio/'], ['/portfolio', '/portfolio/'], ['//a/b//', '/a/b/']])('%s → %s', (input, expected) => {
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
