/**
 * Every URL of the site is built here, with the base path and the language prefix, so pages,
 * feeds, cards and the sitemap agree. The default language lives at the root, every other site
 * language under /<code>/. Paths end in "/" (the site is built with trailingSlash: "always").
 */
export interface SiteAddress {
  /** Public origin and path of the site, e.g. https://asha.github.io. */
  siteUrl: string;
  /** Base path starting and ending with "/", e.g. /portfolio/. */
  basePath: string;
  /** The language served at the root; others get a prefix. */
  defaultLanguage: string;
}

/**
 * The social card of a page: its kind, the section language, the entry it belongs to, and `jpg`
 * when the page names its own image instead of a generated card.
 */
export type CardKey = (
  | { kind: 'home' | 'about' | 'blog' | 'case-studies' | 'links' | 'not-found'; language: string }
  | { kind: 'post' | 'case-study' | 'tag' | 'application'; language: string; slug: string }
) & { format?: 'png' | 'jpg' };

/** A page with a QR code: home, links page and CV per section, and each application page. */
export type QrKey = { kind: 'home' | 'links' | 'cv'; language: string } | { kind: 'application'; language: string; slug: string };

const SOCIAL_CARD_FOLDER = 'social-cards';
const QR_CODE_FOLDER = 'qr';
/** The folder of the site where published screenshots live (written by the screenshots integration). */
export const SCREENSHOTS_FOLDER = '_screenshots';
/** The folder of the site where pagefind writes the search index (written by the search integration). */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Where a card is written in the output folder, e.g. `social-cards/hi/post/hello.png` (no base path, not URL-encoded). */
export function socialCardFile(card: CardKey): string {
  return `${SOCIAL_CARD_FOLDER}/${[card.language, card.kind, ...('slug' in card ? [card.slug] : [])].join('/')}.${card.format ?? 'png'}`;
}

/** The `[...card]` parameter of the card routes (src/pages/social-cards/) for a card file: `hi/post/hello` for `social-cards/hi/post/hello.png`. */
export function socialCardRouteParam(file: string): string {
  const prefix = `${SOCIAL_CARD_FOLDER}/`;
  if (!file.startsWith(prefix)) throw new Error(`socialCardRouteParam: ${file} is not in ${prefix}`);
  return file.slice(prefix.length).replace(/\.[^./]+$/, '');
}

/** Where a page's QR code is written in the output folder, e.g. `qr/hi/links.svg` (no base path, not URL-encoded). */
export function qrCodeFile(key: QrKey): string {
  return `${QR_CODE_FOLDER}/${[key.language, key.kind, ...('slug' in key ? [key.slug] : [])].join('/')}.svg`;
}

/** The `[...code]` parameter of the QR code route (src/pages/qr/) for a key: `hi/links` for `qr/hi/links.svg`. */
export function qrCodeRouteParam(key: QrKey): string {
  return qrCodeFile(key)
    .slice(QR_CODE_FOLDER.length + 1)
    .replace(/\.svg$/, '');
}

/** The `[...lang]` route parameter of a section: none for the default language. */
export function languageRouteParam(language: string, defaultLanguage: string): string | undefined {
  return language === defaultLanguage ? undefined : language;
}

/** Builds the site's URLs for one address. */
export function createUrls({ siteUrl, basePath, defaultLanguage }: SiteAddress) {
  const encode = (segments: string[]) => segments.map(encodeURIComponent);
  const page = (...segments: string[]) =>
    `${basePath}${encode(segments)
      .map((segment) => `${segment}/`)
      .join('')}`;
  const file = (...segments: string[]) => `${basePath}${encode(segments).join('/')}`;
  const prefix = (language: string) => (language === defaultLanguage ? [] : [language]);
  const paged = (language: string, pageNumber: number, ...segments: string[]) =>
    page(...prefix(language), ...segments, ...(pageNumber <= 1 ? [] : ['page', String(pageNumber)]));

  /** The pages of one language section. */
  const section = (language: string) => ({
    home: () => page(...prefix(language)),
    about: () => page(...prefix(language), 'about'),
    cv: () => page(...prefix(language), 'cv'),
    /** The CV as PDF, written by npm run cv:pdf beside the CV page's section. */
    cvPdf: () => file(...prefix(language), 'cv.pdf'),
    search: () => page(...prefix(language), 'search'),
    /** The link-in-bio page: photo, name, big buttons to profiles and chosen pages. */
    links: () => page(...prefix(language), 'links'),
    /** What the site records about visitors (made when analytics or a contact form is on). */
    privacy: () => page(...prefix(language), 'privacy'),
    /** The contact form (made when site.yaml names a form service). */
    contact: () => page(...prefix(language), 'contact'),
    /** Where the contact form lands after sending (Netlify Forms). */
    contactSent: () => page(...prefix(language), 'contact', 'sent'),
    application: (slug: string) => page(...prefix(language), 'apply', slug),
    caseStudies: () => page(...prefix(language), 'case-studies'),
    caseStudy: (slug: string) => page(...prefix(language), 'case-studies', slug),
    blog: (pageNumber = 1) => paged(language, pageNumber, 'blog'),
    post: (slug: string) => page(...prefix(language), 'blog', slug),
    tags: () => page(...prefix(language), 'blog', 'tags'),
    tag: (tagSlug: string, pageNumber = 1) => paged(language, pageNumber, 'blog', 'tags', tagSlug),
  });

  return {
    section,
    /** Posts in every language. */
    postsFeed: () => file('rss.xml'),
    /** Posts written in one language. */
    languageFeed: (language: string) => file('feeds', `${language}.xml`),
    caseStudiesFeed: () => file('case-studies', 'rss.xml'),
    sitemap: () => file('sitemap.xml'),
    /** The browser editor (src/integrations/admin). */
    admin: () => page('admin'),
    /** The profile as JSON Resume. */
    resume: () => file('resume.json'),
    favicon: () => file('favicon.svg'),
    /** The site's colours (from site.yaml) as a stylesheet. */
    themeStylesheet: () => file('theme.css'),
    /** Pagefind's search API, written by the search integration. */
    searchScript: () => file(SEARCH_INDEX_FOLDER, 'pagefind.js'),
    /** A published screenshot file (see src/integrations/screenshots). */
    screenshotFile: (name: string) => file(SCREENSHOTS_FOLDER, name),
    socialCard: (card: CardKey) => file(...socialCardFile(card).split('/')),
    /** A page's QR code, an SVG to download (src/pages/qr/). */
    qrCode: (key: QrKey) => file(...qrCodeFile(key).split('/')),
    /** The absolute form of a site path, for feeds, canonical links and og:image. */
    absolute: (path: string) => new URL(path, siteUrl).href,
  };
}
