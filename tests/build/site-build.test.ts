import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, existsSync, fileForPath, listFiles, readBuilt, readPage, type BuiltSite } from '../helpers/build-site.ts';

// Builds run one after another: Astro writes generated types into the project's .astro folder.
describe('building the basic fixture at the site root', () => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = buildSite('site-basic');
    expect(site.status, site.output).toBe(0);
    pages = listFiles(site.outDir).filter((file) => file.endsWith('.html'));
  });

  test('builds every page kind', () => {
    for (const page of ['index.html', 'about/index.html', '404.html', 'case-studies/index.html', 'case-studies/launch/index.html',
      'blog/index.html', 'blog/page/3/index.html', 'blog/tags/index.html', 'blog/tags/analytics/index.html', 'blog/mdx-post/index.html']) {
      expect(pages).toContain(page);
    }
  });

  test('every page has a canonical URL, a description and a social image: absolute, 1200×630, under 300 KB, with its size, type and alt', async () => {
    for (const page of pages) {
      const html = readPage(site, page);
      const meta = (attribute: string, name: string) => html.querySelector(`meta[${attribute}="${name}"]`)?.getAttribute('content');
      const image = meta('property', 'og:image');
      expect(image, page).toMatch(/^https:\/\/fixture\.example\/social-cards\/.+\.(png|jpg)$/);
      expect(meta('name', 'twitter:image'), page).toBe(image);
      expect(meta('name', 'twitter:card')).toBe('summary_large_image');
      expect([meta('property', 'og:image:width'), meta('property', 'og:image:height')], page).toEqual(['1200', '630']);
      expect(meta('property', 'og:image:alt')?.length, page).toBeGreaterThan(0);
      expect(meta('name', 'twitter:image:alt'), page).toBe(meta('property', 'og:image:alt'));
      expect(meta('name', 'description')?.length, page).toBeGreaterThan(0);
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), page).toMatch(/^https:\/\/fixture\.example\//);
      expect(html.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('https://fixture.example/rss.xml');
      const file = fileForPath(site, new URL(image!).pathname);
      const { width, height, format } = await sharp(file).metadata();
      expect([width, height, format], page).toEqual([1200, 630, image!.endsWith('.jpg') ? 'jpeg' : 'png']);
      expect(meta('property', 'og:image:type'), page).toBe(`image/${format}`);
      expect(readFileSync(file).length).toBeLessThan(300 * 1024);
    }
  });

  test('each page kind has a card of its own', () => {
    const image = (page: string) => readPage(site, page).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image('index.html')).toBe('https://fixture.example/social-cards/home.png');
    expect(image('blog/post-1/index.html')).toBe('https://fixture.example/social-cards/post/post-1.png');
    expect(image('case-studies/launch/index.html')).toBe('https://fixture.example/social-cards/case-study/launch.png');
    expect(image('blog/tags/analytics/index.html')).toBe('https://fixture.example/social-cards/tag/analytics.png');
    expect(image('blog/page/2/index.html')).toBe('https://fixture.example/social-cards/blog.png');
    const cards = listFiles(path.join(site.outDir, 'social-cards'));
    expect(cards).toContain('post/hindi-post.png');
    expect(cards).not.toContain('cards.json');
  });

  test('a post that names its own image gets it, cut to size, with its alt text', () => {
    const html = readPage(site, 'blog/post-2/index.html');
    expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://fixture.example/social-cards/post/post-2.jpg');
    expect(html.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe("A fixture cover used as this post's link preview");
  });

  test('the build log says how many cards were rendered and reused', () => {
    expect(site.output).toMatch(/social cards: \d+ rendered, \d+ reused from the cache/);
  });

  test('a second build reuses every card', () => {
    const again = buildSite('site-basic');
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/social cards: 0 rendered, [1-9]\d* reused from the cache/);
  });

  test('a case study page shows its metrics, facts and screenshots as optimised images', () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    expect(html.querySelector('#results-heading')?.text).toBe('Results');
    expect(html.querySelectorAll('.metrics li').map((item) => item.querySelector('.metric-figure')?.text)).toEqual(['1,200 members', '+240%']);
    expect(html.querySelectorAll('.facts li').map((item) => item.text)).toEqual(['Engagement strategy', 'Facilitating conversations', 'Volunteer moderator training']);
    const screenshot = html.querySelector('.gallery img');
    expect(screenshot?.getAttribute('alt')).toBe('Chart of members rising from 0 to 1,200');
    expect(screenshot?.getAttribute('srcset')).toMatch(/\.webp 400w, .*\.webp 800w, .*\.webp 1200w/);
    expect(screenshot?.getAttribute('width')).toBeTruthy();
  });

  test('the home page leads with featured case studies and their headline metric', () => {
    const html = readPage(site, 'index.html');
    expect(html.querySelector('h1')?.text).toBe('Fixture Person');
    const featured = html.querySelectorAll('section[aria-labelledby="featured-heading"] .card');
    expect(featured.map((card) => card.querySelector('.metric-figure')?.text)).toEqual(['+240% weekly active members in 90 days']);
    expect(html.querySelectorAll('a[rel~="me"]').map((link) => link.getAttribute('href'))).toContain('https://mastodon.example/@fixture');
  });

  test('a post page has dates, reading time, tags, language and neighbours', () => {
    const hindi = readPage(site, 'blog/hindi-post/index.html');
    expect(hindi.querySelector('html')?.getAttribute('lang')).toBe('hi');
    expect(hindi.querySelector('time')?.getAttribute('datetime')).toBe('2025-04-01');
    const mdx = readPage(site, 'blog/mdx-post/index.html');
    expect(mdx.querySelector('.prose')?.text).toContain('Two plus two is 4.');
    expect(mdx.querySelector('.meta-line')?.text).toMatch(/Updated.*1 min read/s);
    expect(mdx.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/blog/hindi-post/');
  });

  test('drafts are absent from pages, listings, tags, feeds and the sitemap of a production build', () => {
    const everything = listFiles(site.outDir).filter((file) => /\.(html|xml)$/.test(file)).map((file) => readBuilt(site, file)).join('\n');
    expect(everything).not.toContain('Secret draft post');
    expect(everything).not.toContain('draft-only-tag');
    expect(existsSync(path.join(site.outDir, 'blog/draft-post'))).toBe(false);
  });

  test('the blog paginates and tag pages list their posts', () => {
    const pageTwo = readPage(site, 'blog/page/2/index.html');
    expect(pageTwo.querySelectorAll('.post-list > li')).toHaveLength(3);
    expect(pageTwo.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/blog/');
    expect(pageTwo.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/blog/page/3/');
    expect(existsSync(fileForPath(site, '/blog/tags/सामुदायिक-प्रबंधन/'))).toBe(true);
  });

  test('the feed is valid RSS 2.0 with full content, absolute links and atom:link rel="self"', async () => {
    const xml = readBuilt(site, 'rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser().parseString(xml);
    expect(feed.items).toHaveLength(8);
    const mdx = feed.items.find((item) => item.title === 'An MDX post')!;
    expect(mdx.link).toBe('https://fixture.example/blog/mdx-post/');
    expect(mdx['content:encoded']).toContain('Two plus two is 4.');
    expect(mdx['content:encoded']).toMatch(/<img src="https:\/\/fixture\.example\/_astro\/cover\.[^"]+\.webp"/);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel['atom:link']['@_href']).toBe('https://fixture.example/rss.xml');
    expect(channel['atom:link']['@_rel']).toBe('self');
    const caseStudies = await new Parser().parseString(readBuilt(site, 'case-studies/rss.xml'));
    expect(caseStudies.items.map((item) => item.link)).toEqual(['https://fixture.example/case-studies/crisis/', 'https://fixture.example/case-studies/launch/']);
  });

  test('hostile text in content stays text in pages and feeds', async () => {
    const hostileTitle = '</script><script>alert(1)</script> "Quotes" & <b>bold</b>';
    const page = readPage(site, 'blog/hostile/index.html');
    expect(page.querySelectorAll('script, b, img[onerror]')).toHaveLength(0);
    expect(page.querySelector('h1')?.text).toBe(hostileTitle);
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(hostileTitle);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe("<img src=x onerror=alert(2)> & 'single'");
    const feed = await new Parser().parseString(readBuilt(site, 'rss.xml'));
    const hostile = feed.items.find((item) => item.title?.startsWith('</script>'))!;
    // Feed readers render <description> as HTML: the markup must arrive as escaped text.
    expect(hostile.content).toBe('&lt;img src=x onerror=alert(2)&gt; &amp; &#39;single&#39;');
  });

  test('sitemap and robots.txt point at each other with absolute URLs', () => {
    const sitemap = readBuilt(site, 'sitemap-0.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    expect(sitemap).toContain('<loc>https://fixture.example/case-studies/launch/</loc>');
    expect(sitemap).not.toContain('404');
    expect(readBuilt(site, 'robots.txt')).toContain('Sitemap: https://fixture.example/sitemap-index.xml');
  });

  test('original images are not published: only re-encoded WebP files', () => {
    const images = listFiles(site.outDir).filter((file) => /\.(png|jpe?g|webp|avif|gif)$/i.test(file) && !file.startsWith('social-cards/'));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((file) => !file.endsWith('.webp'))).toEqual([]);
  });
});

describe('building under a sub-path (GitHub Pages project site)', () => {
  let site: BuiltSite;
  beforeAll(() => {
    // DEV=1 in the environment must not turn a production build into one that shows drafts.
    site = buildSite('site-basic', { SITE_URL: 'https://someone.github.io', BASE_PATH: 'portfolio', DEV: '1' });
    expect(site.status, site.output).toBe(0);
  });

  test('every internal link, image and card carries the base path', () => {
    const html = readPage(site, 'index.html');
    const internal = html.querySelectorAll('a[href^="/"], link[href^="/"], img[src^="/"]').map((element) => element.getAttribute('href') ?? element.getAttribute('src'));
    expect(internal.length).toBeGreaterThan(5);
    expect(internal.filter((url) => !url!.startsWith('/portfolio/'))).toEqual([]);
    for (const url of internal) expect(existsSync(fileForPath(site, url!, '/portfolio/')), url).toBe(true);
    expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://someone.github.io/portfolio/social-cards/home.png');
  });

  test('drafts stay out even with DEV=1 in the environment', () => {
    expect(existsSync(path.join(site.outDir, 'blog/draft-post'))).toBe(false);
    expect(readBuilt(site, 'rss.xml')).not.toContain('Secret draft post');
  });

  test('feed links include the base path', async () => {
    const xml = readBuilt(site, 'rss.xml');
    const feed = await new Parser().parseString(xml);
    expect(feed.link).toBe('https://someone.github.io/portfolio/');
    expect(feed.items.every((item) => item.link?.startsWith('https://someone.github.io/portfolio/blog/'))).toBe(true);
    expect(xml).toContain('<atom:link href="https://someone.github.io/portfolio/rss.xml" rel="self"');
  });
});

describe('building a broken content folder', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('site-broken');
  });

  test('fails, naming every broken file and field', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('tests/fixtures/site-broken/case-studies/bad-study/index.md');
    expect(site.output).toContain('responsibilities[1]: Unknown responsibility "dancing"');
    expect(site.output).toContain('screenshots[0].file: "./missing.png" does not exist');
    expect(site.output).toContain('tests/fixtures/site-broken/blog/bad-post.md');
    expect(site.output).toContain('titel: is not a field Commfolio knows. Did you mean "title"?');
    expect(site.output).toContain('tests/fixtures/site-broken/profile.md');
  });

  test('leaves no output and no staging folder behind', () => {
    expect(existsSync(site.outDir)).toBe(false);
    expect(existsSync(`${site.outDir}.partial`)).toBe(false);
  });

  test('keeps a previous successful build untouched', () => {
    const outDir = path.join(path.dirname(site.outDir), 'previous');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'previous build');
    const again = buildSite('site-broken', { COMMFOLIO_OUT_DIR: outDir });
    expect(again.status).not.toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(again.output).toContain('still holds the previous successful build');
  });
});
