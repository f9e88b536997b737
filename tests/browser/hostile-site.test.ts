import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { listFiles, readBuilt, readPage, EDITOR_PAGE } from '../helpers/build-site.ts';
import { servedSite } from '../helpers/browser.ts';

const PAYLOAD = '</script><script>alert("x")</script><img src=x onerror=alert(1)> "quoted" \'single\' & javascript:alert(2) <b>bold</b> ';

/** A site whose every text field holds markup, </script>, quotes, javascript: and 400-character words. */
describe('the hostile fixture site', () => {
  const served = servedSite('site-hostile');
  let pages: string[];
  beforeAll(() => {
    pages = listFiles(served.site.outDir).filter((file) => file.endsWith('.html') && file !== EDITOR_PAGE);
  });

  test('in Chromium no page runs a script or opens a dialog, at 360 px no page overflows', async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const context = await served.browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${served.server.origin}/${file.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await context.close();
      expect(dialogs, file).toEqual([]);
      expect(overflow, file).toBeLessThanOrEqual(0);
    }
  });

  test('text fields arrive as text in headings, attributes and JSON-LD', () => {
    const post = readPage(served.site, 'blog/evil-post/index.html');
    expect(post.querySelector('h1')?.text).toBe(`Post ${PAYLOAD}${'A'.repeat(400)}`);
    expect(post.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(`Post ${PAYLOAD}${'A'.repeat(400)}`);
    const posting = post
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent))
      .find((block) => block['@type'] === 'BlogPosting');
    expect(posting.headline).toBe(`Post ${PAYLOAD}${'A'.repeat(400)}`);
    const caseStudy = readPage(served.site, 'case-studies/evil/index.html');
    expect(caseStudy.querySelector('.screenshot img')?.getAttribute('alt')).toBe(`Alt ${PAYLOAD}${'A'.repeat(400)}`);
  });

  test('no element that could run script comes out of the content, anywhere', () => {
    for (const file of pages) {
      const html = readPage(served.site, file);
      const scripts = html
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json' && !script.getAttribute('src'));
      expect(
        scripts.map((script) => script.outerHTML),
        file,
      ).toEqual([]);
      expect(html.querySelectorAll('a[href^="javascript:" i]').length, file).toBe(0);
      expect(
        html
          .querySelectorAll('b')
          .map((element) => element.text)
          .filter((text) => text === 'bold'),
        file,
      ).toEqual([]);
    }
  });

  test('the author’s own raw HTML in a post body never reaches the page: nothing runs, nothing is even blocked', async () => {
    const page = await served.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
    let dialogOpened = false;
    page.on('dialog', async (dialog) => {
      dialogOpened = true;
      await dialog.dismiss();
    });
    await page.goto(`${served.server.origin}/blog/evil-post/`, { waitUntil: 'networkidle' });
    await page.close();
    expect(dialogOpened).toBe(false);
    // Before the body sanitiser, the policy had to block the raw <script> and onerror here.
    expect(violations).toEqual([]);
  });

  test('feeds carry the strings as text; cards are drawn, clamped, under 300 KB', async () => {
    const feed = await new Parser().parseString(readBuilt(served.site, 'rss.xml'));
    const post = feed.items.find((item) => item.title?.startsWith('Post '));
    expect(post?.title).toBe(`Post ${PAYLOAD}${'A'.repeat(400)}`);
    expect(post?.content).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const card of listFiles(path.join(served.site.outDir, 'social-cards'))) {
      const file = path.join(served.site.outDir, 'social-cards', card);
      const { width, height } = await sharp(file).metadata();
      expect([width, height], card).toEqual([1200, 630]);
      expect(readFileSync(file).length, card).toBeLessThan(300 * 1024);
    }
  });
});
