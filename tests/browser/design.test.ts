import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/browser.ts';

/** The pages of the sample with card grids: case studies, metrics, screenshots, testimonials, projects. */
const GRID_PAGES = [
  '/',
  '/case-studies/',
  '/case-studies/instagram-growth-pebblepot-home/',
  '/case-studies/discord-launch-ganit-garage/',
  '/about/',
  '/apply/thali-street-9c4e1a/',
];

/** Whether an element lies entirely inside the first screen. */
const onFirstScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });

describe('the design puts the evidence first', () => {
  const served = servedSite('../../content');

  async function open(path: string, width: number, height = 800): Promise<Page> {
    const context = await served.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
    return page;
  }

  test.each([
    [360, 740],
    [1280, 800],
  ])('at %i×%i the home page’s first screen shows a headline result, a contact button and a CV link', async (width, height) => {
    const page = await open('/', width, height);
    expect(await onFirstScreen(page, '.proof-strip .result__figure'), 'a headline result').toBe(true);
    expect(await page.locator('.proof-strip .result__figure').first().textContent()).toMatch(/\d/);
    expect(await onFirstScreen(page, '.hero a.button--filled[href^="mailto:"]'), 'the contact button').toBe(true);
    expect(await onFirstScreen(page, '.hero a.button[href="/cv/"]'), 'the CV link').toBe(true);
    await page.context().close();
  });

  test.each(['/', '/case-studies/instagram-growth-pebblepot-home/', '/blog/measuring-engagement-rate/', '/cv/', '/hi/'])(
    'on a phone the header of %s is at most 100 px tall, in two rows',
    async (path) => {
      const page = await open(path, 360, 740);
      const header = await page.locator('.site-header').evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        // Parts whose middles are within 12 px of each other share a row.
        rows: [...element.querySelectorAll('.site-header__name, .site-header__nav, .language-switcher')]
          .map((part) => part.getBoundingClientRect())
          .map((box) => box.top + box.height / 2)
          .sort((a, b) => a - b)
          .filter((middle, index, middles) => index === 0 || middle - middles[index - 1]! > 12).length,
      }));
      await page.context().close();
      expect(header.height).toBeLessThanOrEqual(100);
      expect(header.rows).toBeLessThanOrEqual(2);
    },
  );

  test.each(['/', '/case-studies/', '/apply/thali-street-9c4e1a/'])(
    'every case-study card on %s has an image and is one link named by its title',
    async (path) => {
      const page = await open(path, 1280);
      const cards = await page.locator('.case-card').evaluateAll((elements) =>
        elements.map((card) => ({
          image: card.querySelector('img')?.getAttribute('src') ?? '',
          imageWidth: card.querySelector('img')?.getBoundingClientRect().width ?? 0,
          links: card.querySelectorAll('a, button, input, select, textarea, [tabindex]').length,
          name: card.querySelector('a')?.textContent?.trim(),
          title: card.querySelector('.case-card__title')?.textContent?.trim(),
          // The link covers the card: a click in its corner lands on the link.
          cornerIsLink: (() => {
            const box = card.getBoundingClientRect();
            card.scrollIntoView();
            const corner = document.elementFromPoint(box.left + 4, card.getBoundingClientRect().top + 4);
            return corner === card.querySelector('a');
          })(),
        })),
      );
      await page.context().close();
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.image).toMatch(/\.(webp|avif)$/);
        expect(card.imageWidth).toBeGreaterThan(100);
        expect(card.links).toBe(1);
        expect(card.name).toBe(card.title);
        expect(card.cornerIsLink).toBe(true);
      }
    },
  );

  test.each([360, 768, 1280])('at %i px no card grid leaves a hole in a row', async (width) => {
    const holes: string[] = [];
    let grids = 0;
    for (const path of GRID_PAGES) {
      const page = await open(path, width);
      const found = await page.locator('.card-grid').evaluateAll((elements) =>
        elements.map((grid) => {
          const width = grid.getBoundingClientRect().width;
          const gap = parseFloat(getComputedStyle(grid).columnGap) || 0;
          const rows = new Map<number, number>();
          for (const item of grid.children) {
            const box = item.getBoundingClientRect();
            rows.set(Math.round(box.top), (rows.get(Math.round(box.top)) ?? 0) + box.width + gap);
          }
          // Each row's items and gaps fill the grid's width.
          return [...rows.values()].map((filled) => Math.round(width - (filled - gap)));
        }),
      );
      await page.context().close();
      grids += found.length;
      found.forEach((rows, index) =>
        rows.forEach((gap, row) => gap > 2 && holes.push(`${path} grid ${index + 1} row ${row + 1}: ${gap} px empty`)),
      );
    }
    expect(grids).toBeGreaterThan(5);
    expect(holes).toEqual([]);
  });

  test.each([360, 1280])("at %i px a post's text starts clear of its tags, at least a paragraph's space below them", async (width) => {
    const page = await open('/blog/one-page-crisis-playbook/', width);
    const gap = await page.evaluate(() => {
      const tags = document.querySelector('article.h-entry > header')!.getBoundingClientRect();
      const text = document.querySelector('article.h-entry > .prose')!.firstElementChild!;
      const paragraph = document.querySelector('article.h-entry > .prose p + p')!;
      return {
        gap: text.getBoundingClientRect().top - tags.bottom,
        paragraphs: Number.parseFloat(getComputedStyle(paragraph).marginBlockStart),
      };
    });
    await page.context().close();
    expect(gap.gap).toBeGreaterThanOrEqual(gap.paragraphs * 1.2);
  });

  test('the CV lists contacts as one row of icons and addresses, the site once, and each language level once', async () => {
    const page = await open('/cv/', 1280);
    const cv = await page.evaluate(() => ({
      contacts: [...document.querySelectorAll('.cv-contact li')].map((item) => ({
        icon: item.querySelector('svg') !== null,
        link: item.querySelector('a')?.textContent ?? '',
      })),
      languages: document.querySelector('#cv-languages')?.nextElementSibling?.textContent ?? '',
      printTip: getComputedStyle(document.querySelector('.cv-hint')!).display,
    }));
    await page.context().close();
    expect(cv.contacts.filter((contact) => contact.link === 'example.github.io')).toHaveLength(1);
    expect(cv.contacts.filter((contact) => contact.link !== '').every((contact) => contact.icon)).toBe(true);
    expect(cv.languages).toContain('English — Fluent (professional)');
    expect(cv.languages).not.toContain('((');
    // Without a published PDF, a wide screen is told how to print one.
    expect(cv.printTip).toBe('block');
  });
});
