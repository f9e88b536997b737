import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, readBuilt, readPage, type BuiltSite } from '../helpers/build-site.ts';

const origin = 'https://multi.example';
const sections = [
  ['en', '/'],
  ['hi', '/hi/'],
  ['gu', '/gu/'],
  ['bn', '/bn/'],
  ['tl', '/tl/'],
  ['et', '/et/'],
  ['ar', '/ar/'],
] as const;
/**
 * Each language's skip link, main navigation label and navigation words (case studies, blog, about,
 * CV, search), written out here rather than read from the language files, so that a page falling
 * back to English, or to another language, fails.
 */
const INTERFACE_TEXT = {
  en: ['Skip to content', 'Main', ['Case studies', 'Blog', 'About', 'CV', 'Search']],
  hi: ['मुख्य सामग्री पर जाएँ', 'मुख्य', ['केस स्टडी', 'ब्लॉग', 'परिचय', 'सीवी', 'खोजें']],
  gu: ['મુખ્ય સામગ્રી પર જાઓ', 'મુખ્ય', ['કેસ સ્ટડી', 'બ્લોગ', 'પરિચય', 'સીવી', 'શોધો']],
  bn: ['মূল বিষয়বস্তুতে যান', 'প্রধান', ['কেস স্টাডি', 'ব্লগ', 'পরিচিতি', 'সিভি', 'খুঁজুন']],
  tl: ['Lumaktaw sa nilalaman', 'Pangunahin', ['Mga case study', 'Blog', 'Tungkol sa akin', 'CV', 'Maghanap']],
  et: ['Liigu sisu juurde', 'Peamenüü', ['Juhtumiuuringud', 'Blogi', 'Minust', 'CV', 'Otsi']],
  ar: ['انتقل إلى المحتوى', 'القائمة الرئيسية', ['دراسات الحالة', 'المدونة', 'نبذة عني', 'السيرة الذاتية', 'بحث']],
} as const;

describe('a site in seven interface languages', () => {
  let site: BuiltSite;
  const page = (path: string) => readPage(site, `${path.slice(1)}index.html`);
  const hreflangs = (path: string) =>
    Object.fromEntries(
      page(path)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .filter((link) => !link.getAttribute('type'))
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );

  beforeAll(() => {
    site = buildSite('site-multilingual');
    expect(site.status, site.output).toBe(0);
  });

  test('a site without an applications folder builds without a warning about applications', () => {
    expect(site.output).not.toMatch(/\[WARN\].*applications|applications.*(does not exist|is empty)/i);
  });

  test.each(sections)('the %s home page has lang, dir and interface text in its language', (language, path) => {
    const html = page(path);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe(language);
    expect(html.querySelector('html')?.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    const [skipLink, navigationLabel, navigationWords] = INTERFACE_TEXT[language];
    expect(html.querySelector('a.skip-link')?.text).toBe(skipLink);
    expect(html.querySelector('.site-header nav')?.getAttribute('aria-label')).toBe(navigationLabel);
    expect(html.querySelectorAll('.site-header__links a').map((link) => link.text)).toEqual(navigationWords);
  });

  test('interface words are translated, not English, outside the English section', () => {
    const blogLink = (path: string) => page(path).querySelectorAll('.site-header__links a')[1]?.text;
    expect(new Set(sections.map(([, path]) => blogLink(path))).size).toBeGreaterThan(4);
    expect(blogLink('/hi/')).toBe('ब्लॉग');
    expect(blogLink('/ar/')).toBe('المدونة');
  });

  test('translations point at each other both ways, with x-default', () => {
    const english = hreflangs('/blog/hello/');
    expect(english).toEqual({
      en: `${origin}/blog/hello/`,
      hi: `${origin}/hi/blog/namaste/`,
      ar: `${origin}/ar/blog/marhaba/`,
      'x-default': `${origin}/blog/hello/`,
    });
    expect(hreflangs('/hi/blog/namaste/')).toEqual(english);
    expect(hreflangs('/ar/blog/marhaba/')).toEqual(english);
    expect(hreflangs('/case-studies/launch/')).toMatchObject({ ar: `${origin}/ar/case-studies/launch-ar/` });
    expect(hreflangs('/ar/case-studies/launch-ar/')).toMatchObject({ en: `${origin}/case-studies/launch/` });
  });

  test('section pages list every language as an alternate', () => {
    expect(Object.keys(hreflangs('/about/')).sort()).toEqual(['ar', 'bn', 'en', 'et', 'gu', 'hi', 'tl', 'x-default']);
  });

  test('the language switcher goes to the translation when there is one, else to that language home', () => {
    const switcher = Object.fromEntries(
      page('/blog/hello/')
        .querySelectorAll('.language-switcher a')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );
    expect(switcher.hi).toBe('/hi/blog/namaste/');
    expect(switcher.ar).toBe('/ar/blog/marhaba/');
    expect(switcher.gu).toBe('/gu/');
    expect(page('/blog/hello/').querySelector('.language-switcher [aria-current]')?.text).toBe('English');
  });

  test('a post in a language without interface text sits in the default section, marked up in its own language', () => {
    const html = page('/blog/bonjour/');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('article')?.getAttribute('lang')).toBe('fr');
  });

  test('dates, numbers and plurals follow the page language', () => {
    expect(page('/hi/case-studies/hi-study/').querySelector('.metrics .metric-figure')?.text).toBe('1,25,000');
    expect(page('/case-studies/launch/').querySelector('.metrics .metric-figure')?.text).toBe('125,000 members');
    expect(page('/hi/blog/namaste/').querySelector('time')?.text).toBe('14 मार्च 2025');
    expect(page('/et/blog/tere/').querySelector('time')?.text).toBe('7. märts 2025');
    expect(page('/ar/blog/marhaba/').querySelector('time')?.text).toMatch(/مارس/);
    // Arabic has a separate form for one: "one minute" is a word, not "1 minutes".
    expect(page('/ar/blog/marhaba/').querySelector('.meta-line')?.text).toContain('دقيقة واحدة');
  });

  test('a translated profile replaces name, headline and bio and keeps the lists of the main one', () => {
    expect(page('/ar/').querySelector('h1')?.text).toBe('ميرا مثال');
    expect(page('/ar/about/').querySelector('#experience')?.text).toBeTruthy();
    expect(page('/ar/about/').querySelector('.timeline h3')?.text).toContain('Community Manager');
    expect(page('/gu/').querySelector('h1')?.text).toBe('Mira Example');
  });

  test('there is a feed per language and one with every language', async () => {
    const parser = new Parser();
    const all = await parser.parseString(readBuilt(site, 'rss.xml'));
    expect(all.items).toHaveLength(8);
    for (const [language, title] of [
      ['hi', 'नमस्ते, कम्युनिटी'],
      ['ar', 'مرحبًا أيها المجتمع'],
      ['fr', 'Bonjour la communauté'],
      ['et', 'Tere, kogukond'],
    ]) {
      const xml = readBuilt(site, `feeds/${language}.xml`);
      expect(xml).toContain(`<language>${language}</language>`);
      const feed = await parser.parseString(xml);
      expect(feed.items.map((item) => item.title)).toEqual([title]);
    }
    expect(page('/hi/').querySelector('link[type="application/rss+xml"][hreflang="hi"]')?.getAttribute('href')).toBe(
      `${origin}/feeds/hi.xml`,
    );
  });

  test('the sitemap lists translations as alternates', () => {
    const sitemap = readBuilt(site, 'sitemap.xml');
    const entry = sitemap.match(/<url><loc>https:\/\/multi\.example\/ar\/blog\/marhaba\/<\/loc>(.*?)<\/url>/)?.[1];
    expect(entry).toContain(`hreflang="en" href="${origin}/blog/hello/"`);
    expect(entry).toContain(`hreflang="hi" href="${origin}/hi/blog/namaste/"`);
    expect(entry).toContain(`hreflang="x-default" href="${origin}/blog/hello/"`);
  });

  test('social cards exist per section, in the section language', () => {
    expect(page('/hi/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${origin}/social-cards/hi/home.png`);
    expect(page('/ar/blog/marhaba/').querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('ar');
  });
});
