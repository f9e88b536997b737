import { cpSync, mkdtempSync, readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { wellFormedXml } from '../helpers/xml.ts';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { createHash } from 'node:crypto';
import { buildSite, existsSync, fileForPath, listFiles, readBuilt, readPage, type BuiltSite, EDITOR_PAGE } from '../helpers/build-site.ts';
import { jsonResumeErrors } from '../helpers/json-resume.ts';
import { imageMetadata } from '../helpers/image-metadata.ts';
import { stripVTControlCharacters } from 'node:util';

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/site-basic');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Builds run one after another: Astro writes generated types into the project's .astro folder.
describe('building the basic fixture at the site root', () => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(() => {
    site = buildSite('site-basic');
    expect(site.status, site.output).toBe(0);
    pages = listFiles(site.outDir).filter((file) => file.endsWith('.html') && file !== EDITOR_PAGE);
  });

  test('prints no warnings, with an MDX post among the entries', () => {
    expect(pages).toContain('blog/mdx-post/index.html');
    expect(
      stripVTControlCharacters(site.output)
        .split('\n')
        .filter((line) => /warn/i.test(line)),
    ).toEqual([]);
  });

  test('builds every page kind', () => {
    for (const page of [
      'index.html',
      'about/index.html',
      '404.html',
      'case-studies/index.html',
      'case-studies/launch/index.html',
      'blog/index.html',
      'blog/page/3/index.html',
      'blog/tags/index.html',
      'blog/tags/analytics/index.html',
      'blog/mdx-post/index.html',
    ]) {
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
      expect(html.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
        'https://fixture.example/rss.xml',
      );
      const file = fileForPath(site, new URL(image!).pathname);
      const { width, height, format } = await sharp(file).metadata();
      expect([width, height, format], page).toEqual([1200, 630, image!.endsWith('.jpg') ? 'jpeg' : 'png']);
      expect(meta('property', 'og:image:type'), page).toBe(`image/${format}`);
      expect(readFileSync(file).length).toBeLessThan(300 * 1024);
    }
  });

  test('each page kind has a card of its own', () => {
    const image = (page: string) => readPage(site, page).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image('index.html')).toBe('https://fixture.example/social-cards/en/home.png');
    expect(image('blog/post-1/index.html')).toBe('https://fixture.example/social-cards/en/post/post-1.png');
    expect(image('case-studies/launch/index.html')).toBe('https://fixture.example/social-cards/en/case-study/launch.png');
    expect(image('blog/tags/analytics/index.html')).toBe('https://fixture.example/social-cards/en/tag/analytics.png');
    expect(image('blog/page/2/index.html')).toBe('https://fixture.example/social-cards/en/blog.png');
    const cards = listFiles(path.join(site.outDir, 'social-cards'));
    expect(cards).toContain('en/post/hindi-post.png');
    expect(cards).not.toContain('cards.json');
  });

  test('a post that names its own image gets it, cut to size, with its alt text', () => {
    const html = readPage(site, 'blog/post-2/index.html');
    expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      'https://fixture.example/social-cards/en/post/post-2.jpg',
    );
    expect(html.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
      "A fixture cover used as this post's link preview",
    );
  });

  test("a post's byline reads as words: a space between each label and its date", () => {
    // A line break after an expression in an .astro file is dropped: "Published<date>" (seen after a formatter moved tags).
    const metaLine = (file: string) => readPage(site, file).querySelector('.meta-line')?.text.replace(/\s+/g, ' ');
    expect(metaLine('blog/post-2/index.html')).toMatch(/Published March 2, 2025/);
    expect(metaLine('blog/mdx-post/index.html')).toMatch(/Published \w+ \d{1,2}, \d{4}.*Updated \w+ \d{1,2}, \d{4}/);
  });

  test('the build log says how many cards were rendered and reused', () => {
    expect(site.output).toMatch(/social cards: \d+ rendered, \d+ reused from the cache/);
  });

  test('a second build reuses every card', () => {
    // Its own output folder, so the helper really builds again instead of sharing the first build.
    const again = buildSite('site-basic', { COMMFOLIO_OUT_DIR: path.join(path.dirname(site.outDir), 'second-build') });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/social cards: 0 rendered, [1-9]\d* reused from the cache/);
  });

  test('a case study page shows its metrics, facts and screenshots as optimised images', () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    // "Key figures", so that the author's own "## Results" is the page's only "Results" heading.
    expect(html.querySelector('#results-heading')?.text).toBe('Key figures');
    expect(html.querySelectorAll('.metrics > li').map((item) => item.querySelector('.metric-figure')?.text)).toEqual([
      '1,200 members',
      '+240%',
      '3.4',
    ]);
    expect(html.querySelectorAll('.facts__list').map((list) => list.querySelectorAll('li').map((item) => item.text))).toEqual([
      ['Engagement strategy', 'Facilitating conversations', 'Volunteer moderator training'],
      ['Moderation'],
    ]);
    // The first screenshot is the cover, under the title and loaded at once.
    const screenshot = html.querySelector('.case-study__cover img');
    expect(screenshot?.getAttribute('alt')).toBe('Chart of members rising from 0 to 1,200');
    expect(html.querySelector('.case-study__cover source[type="image/avif"]')?.getAttribute('srcset')).toMatch(
      /^\/_screenshots\/members-[\w-]+-480\.avif 480w, .*-960\.avif 960w, .*-1200\.avif 1200w$/,
    );
    expect(html.querySelector('.case-study__cover source[type="image/webp"]')?.getAttribute('srcset')).toMatch(
      /-480\.webp 480w, .*-960\.webp 960w, .*-1200\.webp 1200w$/,
    );
    expect([screenshot?.getAttribute('width'), screenshot?.getAttribute('height'), screenshot?.getAttribute('loading')]).toEqual([
      '1200',
      '750',
      'eager',
    ]);
    // A screenshot with section: results stands beside that part of the text, not in the gallery at the end.
    const part = html.querySelectorAll('.case-study__part').find((candidate) => candidate.querySelector('h2')?.text === 'Results');
    expect(part?.querySelector('.case-study__evidence img')?.getAttribute('alt')).toMatch(/^A phone photo of the first meetup/);
    expect(html.querySelector('.gallery')).toBeNull();
    // A chart's takeaway comes before its summary.
    expect(html.querySelectorAll('.chart__takeaway').map((takeaway) => takeaway.text)).toEqual([
      "Mentors' replies doubled the conversation.",
    ]);
  });

  test('a case study with a cover shows it under its title and on its card', () => {
    const page = readPage(site, 'case-studies/crisis/index.html');
    expect(page.querySelector('.case-study__cover img')?.getAttribute('alt')).toBe('Chart of reply times falling from 300 to 25 minutes');
    const card = readPage(site, 'case-studies/index.html')
      .querySelectorAll('.case-card')
      .find((candidate) => candidate.querySelector('h2 a')?.getAttribute('href') === '/case-studies/crisis/');
    expect(card?.querySelector('.case-card__cover source[type="image/webp"]')?.getAttribute('srcset')).toMatch(
      /^\/_screenshots\/reply-times-[\w-]+-480\.webp 480w/,
    );
    // On a card the image is decorative: the title names the card's one link.
    expect(card?.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  test('the home page leads with featured case studies and their headline metric', () => {
    const html = readPage(site, 'index.html');
    expect(html.querySelector('h1')?.text).toBe('Fixture Person');
    const featured = html.querySelectorAll('section[aria-labelledby="featured-heading"] .case-card');
    expect(featured.map((card) => [card.querySelector('.result__figure')?.text, card.querySelector('.result__label')?.text])).toEqual([
      ['+240%', 'weekly active members in 90 days'],
    ]);
    // The same result leads the page, in the hero, linking to its case study.
    expect(
      html.querySelectorAll('.hero .proof-strip a').map((link) => [link.getAttribute('href'), link.querySelector('.result__figure')?.text]),
    ).toEqual([['/case-studies/launch/', '+240%']]);
    expect(html.querySelectorAll('a[rel~="me"]').map((link) => link.getAttribute('href'))).toContain('https://mastodon.example/@fixture');
  });

  test('a post page has dates, reading time, tags, language and neighbours', () => {
    // On a single-language (English) site a Hindi post keeps the English interface, marked up as Hindi content.
    const hindi = readPage(site, 'blog/hindi-post/index.html');
    expect(hindi.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(hindi.querySelector('article')?.getAttribute('lang')).toBe('hi');
    expect(hindi.querySelector('.meta-line')?.getAttribute('lang')).toBe('en');
    expect(hindi.querySelector('time')?.getAttribute('datetime')).toBe('2025-04-01T00:00:00.000Z');
    const mdx = readPage(site, 'blog/mdx-post/index.html');
    expect(mdx.querySelector('.prose')?.text).toContain('Two plus two is 4.');
    expect(mdx.querySelector('.meta-line')?.text).toMatch(/Updated.*1 min read/s);
    expect(mdx.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/blog/hindi-post/');
  });

  test('code blocks are highlighted with classes, not the inline styles the Content-Security-Policy blocks', () => {
    const html = readPage(site, 'blog/post-3/index.html');
    // node-html-parser keeps a <pre>'s content as text: parse it on its own.
    const code = parse(html.querySelector('.prose pre.language-js')?.innerHTML ?? '').querySelector('code.language-js');
    expect(code?.querySelector('.token.comment')?.text).toBe('// UTM parameters tell the analytics which post brought the visitor.');
    expect(code?.querySelectorAll('.token.keyword').map((token) => token.text)).toContain('const');
    expect(code?.querySelectorAll('.token.number').map((token) => token.text)).toEqual(['200', '42']);
    expect(code?.text).toContain('&utm_campaign="launch"');
    // A line wider than a phone scrolls: the block takes keyboard focus for that.
    expect(html.querySelector('.prose pre')?.getAttribute('tabindex')).toBe('0');
    expect(code?.querySelectorAll('[style]')).toEqual([]);
    expect(html.querySelectorAll('.prose [style]')).toEqual([]);
    expect(site.output).not.toMatch(/Shiki|\[WARN\] \[config\]/);
  });

  test('drafts are absent from pages, listings, tags, feeds and the sitemap of a production build', () => {
    const everything = listFiles(site.outDir)
      .filter((file) => /\.(html|xml)$/.test(file))
      .map((file) => readBuilt(site, file))
      .join('\n');
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
    expect(wellFormedXml(xml)).toBe(true);
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
    expect(caseStudies.items.map((item) => item.link)).toEqual([
      'https://fixture.example/case-studies/crisis/',
      'https://fixture.example/case-studies/launch/',
    ]);
  });

  test('hostile text in content stays text in pages and feeds', async () => {
    const hostileTitle = '</script><script>alert(1)</script> "Quotes" & <b>bold</b>';
    const page = readPage(site, 'blog/hostile/index.html');
    expect(page.querySelectorAll('script:not([type="application/ld+json"]), b, img[onerror]')).toHaveLength(0);
    expect(page.querySelector('h1')?.text).toBe(hostileTitle);
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(hostileTitle);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe("<img src=x onerror=alert(2)> & 'single'");
    const feed = await new Parser().parseString(readBuilt(site, 'rss.xml'));
    const hostile = feed.items.find((item) => item.title?.startsWith('</script>'))!;
    // Feed readers render <description> as HTML: the markup must arrive as escaped text.
    expect(hostile.content).toBe('&lt;img src=x onerror=alert(2)&gt; &amp; &#39;single&#39;');
  });

  test('sitemap and robots.txt point at each other with absolute URLs', () => {
    const sitemap = readBuilt(site, 'sitemap.xml');
    expect(wellFormedXml(sitemap)).toBe(true);
    const locations = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toContain('https://fixture.example/case-studies/launch/');
    expect(locations).toContain('https://fixture.example/blog/page/3/');
    expect(locations.filter((location) => /404|draft/.test(location!))).toEqual([]);
    // Every listed page exists in the build.
    for (const location of locations) expect(existsSync(fileForPath(site, new URL(location!).pathname)), location).toBe(true);
    expect(readBuilt(site, 'robots.txt')).toContain('Sitemap: https://fixture.example/sitemap.xml');
  });

  test('/resume.json is a valid JSON Resume of the profile, with a re-encoded JPEG portrait and the featured case study', async () => {
    const resume = JSON.parse(readBuilt(site, 'resume.json'));
    expect(jsonResumeErrors(resume)).toEqual([]);
    expect(resume.basics).toMatchObject({
      name: 'Fixture Person',
      label: 'Community manager for fixtures',
      url: 'https://fixture.example/',
      summary: 'Fixture bio paragraph.',
    });
    expect(resume.basics.image).toMatch(/^https:\/\/fixture\.example\/_astro\/avatar\.[^/]+\.jpg$/);
    const portrait = await sharp(fileForPath(site, new URL(resume.basics.image).pathname)).metadata();
    expect([portrait.format, portrait.exif]).toEqual(['jpeg', undefined]);
    expect(resume.projects.map((project: { type?: string; url?: string }) => [project.type, project.url])).toEqual([
      [undefined, undefined],
      ['talk', undefined],
      ['case study', 'https://fixture.example/case-studies/launch/'],
    ]);
    expect(resume.meta.canonical).toBe('https://fixture.example/resume.json');
  });

  test('original images are not published: only re-encoded WebP and AVIF files (and the JPEG portrait of /resume.json), none identical to a source', () => {
    const portrait = path.relative(
      site.outDir,
      fileForPath(site, new URL(JSON.parse(readBuilt(site, 'resume.json')).basics.image).pathname),
    );
    // The editor at /admin/ ships its own icons (a map marker); they are Sveltia CMS's files, not the user's.
    const editorAssets = path.resolve(import.meta.dirname, '../../node_modules/@sveltia/cms/npm/assets');
    const editorHashes = new Set(listFiles(editorAssets).map((file) => sha256(readFileSync(path.join(editorAssets, file)))));
    const images = listFiles(site.outDir)
      .filter((file) => /\.(png|jpe?g|webp|avif|gif|tiff?)$/i.test(file) && !file.startsWith('social-cards/'))
      .filter((file) => !editorHashes.has(sha256(readFileSync(path.join(site.outDir, file)))));
    expect(images.filter((file) => file.startsWith('_screenshots/')).length).toBeGreaterThan(0);
    expect(images.filter((file) => !/\.(webp|avif)$/.test(file))).toEqual([portrait]);
    const sourceHashes = new Set(listFiles(fixtureDir).map((file) => sha256(readFileSync(path.join(fixtureDir, file)))));
    expect(listFiles(site.outDir).filter((file) => sourceHashes.has(sha256(readFileSync(path.join(site.outDir, file)))))).toEqual([]);
  });

  // Issue 4: engagement evidence — derived figures, charts, screenshots.

  test('no published image carries metadata (EXIF, GPS, XMP, IPTC), as exifr and sharp read them', async () => {
    const images = listFiles(site.outDir).filter((file) => /\.(png|jpe?g|webp|avif|gif)$/i.test(file));
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) expect(await imageMetadata(path.join(site.outDir, image)), image).toEqual({});
  });

  test('the photo taken with GPS is published upright, and its redacted region no longer holds the original pixels', async () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    const img = html.querySelectorAll('.screenshot img').find((image) => image.getAttribute('alt')?.startsWith('A phone photo'))!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['400', '640']);
    const published = await sharp(fileForPath(site, img.getAttribute('src')!))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const original = await sharp(path.join(fixtureDir, 'case-studies/launch/meetup-photo.jpg'))
      .autoOrient()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([published.info.width, published.info.height]).toEqual([original.info.width, original.info.height]);
    // redact: { x: 0, y: 0, width: 50%, height: 25% } of 400×640 is the 200×160 box at the top left.
    const difference = (inside: boolean) => {
      let total = 0;
      let count = 0;
      for (let y = 0; y < 640; y++)
        for (let x = 0; x < 400; x++) {
          if ((x < 200 && y < 160) !== inside) continue;
          for (let c = 0; c < 3; c++)
            total += Math.abs(
              published.data[(y * 400 + x) * published.info.channels + c]! - original.data[(y * 400 + x) * original.info.channels + c]!,
            );
          count += 3;
        }
      return total / count;
    };
    expect(difference(true)).toBeGreaterThan(60);
    expect(difference(false)).toBeLessThan(15);
  });

  test('derived figures show their calculation on focus and in a numbered footnote', () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    const link = html.querySelector('.metrics a.derived__link')!;
    expect(link.getAttribute('href')).toBe('#figure-note-1');
    expect(html.querySelector(`#${link.getAttribute('aria-describedby')}`)?.text).toBe(
      'change = (after − before) ÷ before × 100: (408 − 120) ÷ 120 × 100 = +240%',
    );
    expect(html.querySelector('#figure-note-1')?.text).toContain('change = (after − before) ÷ before × 100');
    expect(html.querySelectorAll('.figure-notes li').map((item) => item.querySelector('strong')?.text)).toEqual([
      'Weekly active members',
      'Weekly active members',
      'Replies per question',
    ]);
    expect(html.querySelector('#figure-note-2')?.text).toContain('408 ÷ 120 = 3.4×');
    expect(html.querySelector('#figure-note-3')?.text).toContain('Replies per question = replies ÷ questions. 640 ÷ 190 = 3.4');
  });

  test('charts are inline SVG with a title, a summary and a table of their data', () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    const charts = html.querySelectorAll('figure.chart');
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      const svgs = chart.querySelectorAll('svg[role="img"]');
      expect(svgs).toHaveLength(2);
      for (const svg of svgs)
        for (const id of svg.getAttribute('aria-labelledby')!.split(' '))
          expect(chart.querySelector(`#${id}`)?.text.length).toBeGreaterThan(5);
      expect(chart.querySelector('details table caption')?.text.length).toBeGreaterThan(3);
    }
    const [line, bars, heatmap] = charts;
    expect(line!.querySelector('.chart__summary')?.text).toBe(
      `Members <i>&</i> 'friends' went from 0 on Jan 7, 2024 to 1,200 on Mar 3, 2024 (up from zero). The highest value was 1,200 on Mar 3, 2024.`,
    );
    expect(line!.querySelectorAll('tbody tr')).toHaveLength(9);
    expect(line!.querySelector('path.chart__line')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+C/);
    expect(bars!.querySelector('.chart__summary')?.text).toBe(
      'Before Feb 4, 2024: 1.9 on average over 3 values. From Feb 4, 2024: 3.0 on average over 5 values (+59%).',
    );
    expect(bars!.querySelectorAll('.chart__svg--wide rect.chart__bar--before')).toHaveLength(3);
    expect(heatmap!.querySelectorAll('.chart__svg--wide rect.chart__cell')).toHaveLength(7 * 24);
    expect(heatmap!.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('th, td').length)).toEqual(Array(7).fill(25));
    expect(heatmap!.querySelector('.chart__summary')?.text).toContain('Monday 19:00 (50)');
  });

  test('hostile text in chart titles, labels and sources stays text, in HTML and SVG alike', () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    const chart = html.querySelector('figure.chart')!;
    expect(chart.querySelectorAll('script, b, i, img')).toHaveLength(0);
    expect(chart.querySelector('h3')?.text).toBe('Members </script><script>alert(1)</script> "grew" & <b>fast</b>');
    expect(chart.querySelector('thead th:nth-child(2)')?.text).toBe(`Members <i>&</i> 'friends'`);
    expect(chart.querySelector('figcaption')?.text).toBe('Source: <img src=x onerror=alert(2)>');
    expect(html.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  test('screenshots open larger in a native popover, and before/after pairs sit together', () => {
    const html = readPage(site, 'case-studies/launch/index.html');
    const buttons = html.querySelectorAll('button[popovertarget]:not([popovertargetaction])');
    expect(buttons).toHaveLength(4);
    for (const button of buttons) {
      const popover = html.querySelector(`#${button.getAttribute('popovertarget')}`);
      expect(popover?.getAttribute('popover')).toBe('');
      expect(popover?.querySelector('img')?.getAttribute('src')).toMatch(/^\/_screenshots\/.+\.webp$/);
      expect(
        popover?.querySelector(`button[popovertargetaction="hide"][popovertarget="${button.getAttribute('popovertarget')}"]`),
      ).toBeTruthy();
    }
    const pair = html.querySelector('.comparison')!;
    expect(pair.querySelectorAll('.comparison__pair > figure .screenshot__label').map((label) => label.text)).toEqual(['Before', 'After']);
    expect(pair.querySelector(':scope > figcaption')?.text).toBe("The welcome channel before and after the mentors' rewrite");
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
    const internal = html
      .querySelectorAll('a[href^="/"], link[href^="/"], img[src^="/"]')
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src'));
    expect(internal.length).toBeGreaterThan(5);
    expect(internal.filter((url) => !url!.startsWith('/portfolio/'))).toEqual([]);
    for (const url of internal) expect(existsSync(fileForPath(site, url!, '/portfolio/')), url).toBe(true);
    expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      'https://someone.github.io/portfolio/social-cards/en/home.png',
    );
  });

  test('drafts stay out even with DEV=1 in the environment', () => {
    expect(existsSync(path.join(site.outDir, 'blog/draft-post'))).toBe(false);
    expect(readBuilt(site, 'rss.xml')).not.toContain('Secret draft post');
  });

  test('/resume.json gives absolute addresses under the base path', () => {
    const resume = JSON.parse(readBuilt(site, 'resume.json'));
    expect(resume.basics.url).toBe('https://someone.github.io/portfolio/');
    expect(resume.meta.canonical).toBe('https://someone.github.io/portfolio/resume.json');
    expect(resume.basics.image).toMatch(/^https:\/\/someone\.github\.io\/portfolio\/_astro\//);
    expect(existsSync(fileForPath(site, new URL(resume.basics.image).pathname, '/portfolio/'))).toBe(true);
  });

  test('feed links include the base path', async () => {
    const xml = readBuilt(site, 'rss.xml');
    const feed = await new Parser().parseString(xml);
    expect(feed.link).toBe('https://someone.github.io/portfolio/');
    expect(feed.items.every((item) => item.link?.startsWith('https://someone.github.io/portfolio/blog/'))).toBe(true);
    expect(xml).toContain('<atom:link href="https://someone.github.io/portfolio/rss.xml" rel="self"');
  });
});

describe('a home page without posts', () => {
  test("gives the skills the whole row, instead of leaving the posts' column empty beside them", () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-no-posts-'));
    cpSync(path.resolve(import.meta.dirname, '../fixtures/site-minimal'), contentDir, { recursive: true });
    rmSync(path.join(contentDir, 'blog'), { recursive: true, force: true });
    const profile = path.join(contentDir, 'profile.md');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace('experience:', 'skills: [Facebook Groups moderation, Content calendars]\nexperience:'),
    );
    const site = buildSite(contentDir);
    expect(site.status, site.output).toBe(0);
    const skills = readPage(site, 'index.html').querySelector('section[aria-labelledby="skills-heading"]');
    expect(skills?.text).toContain('Content calendars');
    expect(skills?.classList.contains('page-grid__rail')).toBe(false);
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
    expect(site.output).toContain(
      'tests/fixtures/site-broken/case-studies/bad-study/bad-series.csv\n  - line 1, <b>comments</b>: "<b>comments</b>" is not a measure name',
    );
    expect(site.output).toContain('  - line 3, date: "2024-13-01" is not a date');
    expect(site.output).toContain('  - line 4, likes: "1.2k" is not a number');
    expect(site.output).toContain('charts[0].measure: names an unknown measure "reach"');
    expect(site.output).toContain('metrics[1].formula: names an unknown measure "reach"');
    expect(site.output).toContain('screenshots[3].redact[0]: lies outside the image');
  });

  test('leaves no output and no staging folder behind', () => {
    expect(existsSync(site.outDir)).toBe(false);
    expect(readdirSync(path.dirname(site.outDir)).filter((name) => name.startsWith(`${path.basename(site.outDir)}.`))).toEqual([]);
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
