import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, contentFolder, listFiles, readBuilt, readPage, type BuiltSite } from '../helpers/build-site.ts';
import { pagePolicy, parsePolicy, policyHosts } from '../helpers/csp.ts';
import { decodeQrSvg } from '../helpers/qr.ts';
import { imageMetadata } from '../helpers/image-metadata.ts';
import { parseHeadersFile, headersFor } from '../../scripts/shared/static-server.ts';
import { ANALYTICS_CASES, analyticsSite, type AnalyticsCase } from '../helpers/service-sites.ts';

const origin = 'https://reach.example';

/**
 * The site's own pages. The browser editor at /admin/ is built beside them but is not one: it has
 * its own policy and loads no service (tests/browser/admin.test.ts; the test below checks the services).
 */
const sitePages = (built: BuiltSite) => listFiles(built.outDir).filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));

describe('reach: the English–Tagalog fixture with links page, contact form and GoatCounter', () => {
  let site: BuiltSite;
  const page = (sitePath: string) => readPage(site, `${sitePath.slice(1)}index.html`);
  const text = (sitePath: string, selector: string) =>
    page(sitePath)
      .querySelectorAll(selector)
      .map((element) => element.text.replace(/\s+/g, ' ').trim());

  beforeAll(() => {
    site = buildSite('site-reach');
    expect(site.status, site.output).toBe(0);
  });

  describe('the links page', () => {
    test('shows photo, name, headline and availability, then the chosen pages in order, then the extra links', () => {
      const links = page('/links/');
      expect(links.querySelector('.link-page__person img')?.getAttribute('alt')).toBe('Illustrated avatar with the initials RR');
      expect(links.querySelector('h1')?.text).toBe('Rosa Reyes');
      expect(links.querySelector('.availability')?.text).toBe('Open to community roles from March 2027, remote or Cebu');
      const buttons = links
        .querySelectorAll('.link-page__buttons a')
        .map((link) => [link.querySelector('.link-page__label')?.text, link.getAttribute('href')]);
      expect(buttons).toEqual([
        ['Launching a creator Discord', '/case-studies/launch/?utm_source=instagram&utm_medium=bio'],
        ['Calming a launch-day backlash', '/case-studies/crisis/?utm_source=instagram&utm_medium=bio'],
        ['What a creator community needs first', '/blog/hello/?utm_source=instagram&utm_medium=bio'],
        ['My CV', '/cv/?utm_source=instagram&utm_medium=bio'],
        ['Contact me', '/contact/?utm_source=instagram&utm_medium=bio'],
        ['Community Chai — monthly AMA', 'https://chai.example/episodes?ref=bio&utm_source=instagram&utm_medium=bio'],
        [
          'Newsletter </a><script>alert(1)</script>',
          'https://news.example/?utm_source=tiktok+%26+more&utm_medium=bio&utm_campaign=job+search+%222027%22',
        ],
      ]);
      expect(links.querySelectorAll('.link-page__profiles a').map((link) => [link.text.trim(), link.getAttribute('rel')])).toEqual([
        ['LinkedIn', 'me noopener'],
        ['Instagram @rosa.example', 'me noopener'],
      ]);
    });

    test('escapes what it shows and runs no script of its own', () => {
      const html = readBuilt(site, 'links/index.html');
      expect(html).not.toContain('<script>alert(1)</script>');
      const scripts = page('/links/')
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(scripts.map((script) => script.getAttribute('src'))).toEqual(['https://gc.zgo.at/count.js']);
    });

    test('in Tagalog it lists the translation of a case study, and the untranslated one in English, marked', () => {
      const links = page('/tl/links/');
      expect(links.querySelector('h1')?.text).toBe('Rosa Reyes');
      const items = links.querySelectorAll('.link-page__buttons li');
      const [translated, untranslated] = items;
      expect(translated?.querySelector('a')?.getAttribute('href')).toBe('/tl/case-studies/launch-tl/?utm_source=instagram&utm_medium=bio');
      expect(translated?.getAttribute('lang')).toBeUndefined();
      expect(untranslated?.getAttribute('lang')).toBe('en');
      expect(untranslated?.querySelector('.entry-language')?.text).toBe('English');
      expect(links.querySelector('title')?.text).toBe('Rosa Reyes — Mga link · Rosa Reyes — Tagapamahala ng Komunidad');
    });

    test('has its own social card, and is in the sitemap', () => {
      const card = page('/links/').querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(card).toBe(`${origin}/social-cards/en/links.png`);
      const png = readFileSync(path.join(site.outDir, 'social-cards/en/links.png'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(readBuilt(site, 'sitemap.xml')).toContain(`<loc>${origin}/tl/links/</loc>`);
    });
  });

  describe('languages that never look empty', () => {
    test('the Tagalog case studies list their own, and the untranslated English one marked English, linking to its English page', () => {
      const cards = page('/tl/case-studies/').querySelectorAll('.card');
      expect(
        cards.map((card) => [
          card.querySelector('h2 a')?.getAttribute('href'),
          card.getAttribute('lang') ?? 'tl',
          card.querySelector('.entry-language')?.text,
        ]),
      ).toEqual([
        ['/tl/case-studies/launch-tl/', 'tl', undefined],
        ['/case-studies/crisis/', 'en', 'English'],
      ]);
    });

    test('the Tagalog home, CV and blog are not empty', () => {
      expect(
        page('/tl/')
          .querySelectorAll('section[aria-labelledby="featured-heading"] h3 a')
          .map((link) => link.getAttribute('href')),
      ).toEqual(['/tl/case-studies/launch-tl/', '/case-studies/crisis/']);
      expect(
        page('/tl/cv/')
          .querySelectorAll('#cv-work ~ ol h3 a')
          .map((link) => link.getAttribute('href')),
      ).toEqual([`${origin}/tl/case-studies/launch-tl/`, `${origin}/case-studies/crisis/`]);
      const posts = page('/tl/blog/').querySelectorAll('.post-list article');
      expect(
        posts.map((post) => [
          post.getAttribute('lang'),
          post.querySelector('h2 a')?.getAttribute('href'),
          post.querySelector('.entry-language')?.text,
        ]),
      ).toEqual([['en', '/blog/hello/', 'English']]);
      expect(
        page('/tl/')
          .querySelectorAll('section[aria-labelledby="posts-heading"] h3 a')
          .map((link) => link.getAttribute('href')),
      ).toEqual(['/blog/hello/']);
    });

    test('an untranslated entry keeps one page, in its own section, with no Tagalog alternate', () => {
      expect(listFiles(site.outDir).filter((file) => file.includes('crisis') && file.endsWith('.html'))).toEqual([
        'case-studies/crisis/index.html',
      ]);
      const crisis = page('/case-studies/crisis/');
      expect(crisis.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/case-studies/crisis/`);
      expect(crisis.querySelectorAll('link[rel="alternate"][hreflang]').filter((link) => !link.getAttribute('type'))).toEqual([]);
    });

    test('each section carries its own site title and description', () => {
      expect(page('/tl/').querySelector('title')?.text).toBe('Rosa Reyes — Tagapamahala ng Komunidad');
      expect(page('/tl/about/').querySelector('.site-header__name')?.text).toBe('Rosa Reyes — Tagapamahala ng Komunidad');
      expect(page('/tl/about/').querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
        'Rosa Reyes — Tagapamahala ng Komunidad',
      );
      expect(page('/about/').querySelector('.site-header__name')?.text).toBe('Rosa Reyes — Community Manager');
      expect(page('/tl/').querySelector('.site-footer')?.text).toContain('Rosa Reyes — Tagapamahala ng Komunidad');
    });
  });

  test("a headline in the author's words replaces the generated phrase on cards, the CV and resume.json", () => {
    expect(text('/case-studies/', '.case-card .result__figure')).toContain('4 h → 14 min median first reply');
    expect(text('/cv/', '#cv-work ~ ol strong')).toContain('4 h → 14 min median first reply');
    const resume = JSON.parse(readBuilt(site, 'resume.json')) as { caseStudies?: { title: string; result?: string }[] };
    expect(JSON.stringify(resume)).toContain('4 h → 14 min median first reply');
    // The Tagalog translation leads with its own metric, in the generated words.
    expect(text('/tl/case-studies/', '.case-card .result__figure')[0]).not.toContain('4 h');
  });

  test('availability shows on home, CV and application pages, and search engines read it as what the person seeks', () => {
    for (const sitePath of ['/', '/cv/', '/links/', '/apply/acme-9x7/'])
      expect(text(sitePath, '.availability'), sitePath).toEqual(['Open to community roles from March 2027, remote or Cebu']);
    const data = page('/')
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.text) as { mainEntity?: { seeks?: unknown } });
    expect(data.find((block) => block.mainEntity)?.mainEntity?.seeks).toEqual({
      '@type': 'Demand',
      description: 'Open to community roles from March 2027, remote or Cebu',
    });
  });

  test.each([
    ['/', 'qr/en/home.svg', `${origin}/`],
    ['/links/', 'qr/en/links.svg', `${origin}/links/`],
    ['/cv/', 'qr/en/cv.svg', `${origin}/cv/`],
    ['/tl/cv/', 'qr/tl/cv.svg', `${origin}/tl/cv/`],
    ['/apply/acme-9x7/', 'qr/en/application/acme-9x7.svg', `${origin}/apply/acme-9x7/`],
  ])('%s offers its QR code, which decodes to its own address', async (sitePath, file, address) => {
    const figure = page(sitePath).querySelector('.qr-code');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(`/${file}`);
    expect(figure?.querySelector('a')?.getAttribute('href')).toBe(`/${file}`);
    expect(figure?.querySelector('a')?.getAttribute('download')).toMatch(/^rosa-reyes-.+-qr\.svg$/);
    const svg = readBuilt(site, file);
    expect(svg).not.toMatch(/style/i);
    expect(await decodeQrSvg(svg)).toBe(address);
  });

  test('the favicon is the profile photo (favicon: photo), re-encoded without metadata, and no content file reaches the site as it is', async () => {
    expect(page('/').querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
    const png = Buffer.from(readBuilt(site, 'favicon.svg').match(/<image href="data:image\/png;base64,([^"]+)"/)?.[1] ?? '', 'base64');
    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 128, 128]);
    const pngFile = path.join(site.outDir, '..', 'favicon-photo.png');
    writeFileSync(pngFile, png);
    expect(await imageMetadata(pngFile)).toEqual({});
    const content = contentFolder('site-reach');
    const contentFiles = new Set(listFiles(content).map((file) => readFileSync(path.join(content, file)).toString('base64')));
    expect(
      listFiles(site.outDir).filter((file) => contentFiles.has(readFileSync(path.join(site.outDir, file)).toString('base64'))),
    ).toEqual([]);
  });

  describe('analytics and the contact form', () => {
    test("every page loads GoatCounter's script, the application page too, and is counted under its own path", () => {
      const pages = sitePages(site);
      for (const file of pages) {
        const script = readPage(site, file).querySelector('script[data-goatcounter]');
        expect(script?.getAttribute('src'), file).toBe('https://gc.zgo.at/count.js');
        expect(script?.getAttribute('data-goatcounter'), file).toBe('https://rosa.goatcounter.com/count');
      }
      // count.js counts the canonical address when it is on the same host: the application's own.
      expect(page('/apply/acme-9x7/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/apply/acme-9x7/`);
    });

    test('the editor at /admin/ loads no service and allows none of their hosts', () => {
      const editor = readPage(site, 'admin/index.html');
      expect(
        editor
          .querySelectorAll('script[src]')
          .map((script) => script.getAttribute('src'))
          .filter((src) => /^(https?:)?\/\//.test(src ?? '')),
      ).toEqual([]);
      expect(
        Object.values(policyHosts(pagePolicy(editor)))
          .flat()
          .filter((host) => /goatcounter|zgo\.at|formspree/.test(host)),
      ).toEqual([]);
    });

    test("the policy, in every page and in _headers, allows GoatCounter's two hosts and Formspree, and nothing else", () => {
      const expected = {
        'script-src': ['https://gc.zgo.at'],
        'img-src': ['https://rosa.goatcounter.com'],
        'form-action': ['https://formspree.io'],
      };
      for (const file of sitePages(site)) expect(policyHosts(pagePolicy(readPage(site, file))), file).toEqual(expected);
      const header = headersFor(parseHeadersFile(readBuilt(site, '_headers')), '/links/')['Content-Security-Policy']!;
      expect(policyHosts(parsePolicy(header))).toEqual(expected);
      expect(parsePolicy(header)['frame-ancestors']).toEqual(["'none'"]);
    });

    test('the contact page posts to Formspree, with a trap for bots, in each language', () => {
      const form = page('/contact/').querySelector('form');
      expect(form?.getAttribute('action')).toBe('https://formspree.io/f/xyzzabcd');
      expect(form?.getAttribute('method')).toBe('post');
      expect(form?.querySelectorAll('input, textarea').map((field) => field.getAttribute('name'))).toEqual([
        '_gotcha',
        'name',
        'email',
        'message',
      ]);
      expect(page('/tl/contact/').querySelector('button')?.text).toBe('Ipadala');
      expect(page('/contact/').querySelector('a[href="mailto:rosa@example.com"]')).toBeTruthy();
    });

    test('a privacy note in each language names the services, linked from every footer', () => {
      expect(page('/privacy/').querySelector('h1')?.text).toBe('Privacy');
      expect(page('/privacy/').text).toMatch(/GoatCounter[\s\S]*Formspree/);
      expect(page('/tl/privacy/').text).toContain('gamit ang GoatCounter');
      expect(page('/tl/blog/').querySelector('.site-footer a[href="/tl/privacy/"]')?.text).toBe('Privacy');
      expect(page('/cv/').querySelector('.site-footer a[href="/privacy/"]')).toBeTruthy();
    });
  });
});

describe('the sample portfolio, which turns no service on', () => {
  test('has no analytics script, no privacy note, no contact page, and a policy without other hosts', () => {
    const sample = buildSite('../../content');
    expect(sample.status, sample.output).toBe(0);
    const files = listFiles(sample.outDir);
    expect(files.filter((file) => /^(hi\/)?(privacy|contact)\//.test(file))).toEqual([]);
    for (const file of sitePages(sample)) {
      const html = readPage(sample, file);
      expect(policyHosts(pagePolicy(html)), file).toEqual({});
      expect(
        html
          .querySelectorAll('script[src]')
          .map((script) => script.getAttribute('src'))
          .filter((src) => /^(https?:)?\/\//.test(src ?? '')),
        file,
      ).toEqual([]);
    }
    expect(policyHosts(parsePolicy(headersFor(parseHeadersFile(readBuilt(sample, '_headers')), '/')['Content-Security-Policy']!))).toEqual(
      {},
    );
    // Its icon: the owner's initials on the accent colour.
    expect(readBuilt(sample, 'favicon.svg')).toMatch(/<rect [^>]*fill="#be185d"\/>.*>AR<\/text>/);
  });
});

describe.each(Object.keys(ANALYTICS_CASES) as AnalyticsCase[])('analytics through %s', (name) => {
  const expected = ANALYTICS_CASES[name];
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite(analyticsSite(name));
    expect(site.status, site.output).toBe(0);
  });

  test('every page loads its script and allows exactly its hosts, in the page and in _headers', () => {
    const hosts = Object.fromEntries(
      Object.entries({ 'script-src': expected.hosts.script, 'img-src': expected.hosts.img, 'connect-src': expected.hosts.connect })
        .filter(([, list]) => list.length > 0)
        .map(([key, list]) => [key, [...list].sort()]),
    );
    const pages = sitePages(site);
    expect(pages).toContain('apply/acme-4r2/index.html');
    for (const file of pages) {
      const html = readPage(site, file);
      expect(
        html
          .querySelectorAll('script[src]')
          .filter((script) => /^https?:/.test(script.getAttribute('src') ?? ''))
          .map((script) => script.getAttribute('src')),
        file,
      ).toEqual([expected.script]);
      expect(policyHosts(pagePolicy(html)), file).toEqual(hosts);
    }
    expect(policyHosts(parsePolicy(headersFor(parseHeadersFile(readBuilt(site, '_headers')), '/')['Content-Security-Policy']!))).toEqual(
      hosts,
    );
    expect(listFiles(site.outDir)).toContain('privacy/index.html');
  });

  if (name === 'plausible') {
    test("a Netlify form is marked for Netlify and lands on the site's own thank-you page", () => {
      const form = readPage(site, 'contact/index.html').querySelector('form');
      expect(form?.getAttribute('data-netlify')).toBe('true');
      expect(form?.getAttribute('netlify-honeypot')).toBe('website');
      expect(form?.getAttribute('action')).toBe('/contact/sent/');
      expect(form?.querySelector('input[name="form-name"]')?.getAttribute('value')).toBe('contact');
      expect(readPage(site, 'contact/sent/index.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(readPage(site, 'privacy/index.html').text).toContain('Netlify Forms');
    });
  }
});
