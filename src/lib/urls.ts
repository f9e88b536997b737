/**
 * Every URL of the site is built here, with the base path, so that pages, feeds, cards and the
 * sitemap agree. Paths end in "/" (the site is built with trailingSlash: "always").
 */
export interface SiteAddress {
  /** Public origin and path of the site, e.g. https://asha.github.io. */
  siteUrl: string;
  /** Base path starting and ending with "/", e.g. /portfolio/. */
  basePath: string;
}

/** The social card of a page: which kind of card, the entry it belongs to, and `jpg` when the page names its own image. */
export type CardKey = (
  | { kind: 'home' | 'about' | 'blog' | 'case-studies' | 'not-found' }
  | { kind: 'post' | 'case-study' | 'tag'; slug: string }
) & { format?: 'png' | 'jpg' };

/** Where a card is written in the output folder, e.g. `social-cards/post/hello.png` (no base path, not URL-encoded). */
export function socialCardFile(card: CardKey): string {
  const name = `${'slug' in card ? `${card.kind}/${card.slug}` : card.kind}.${card.format ?? 'png'}`;
  return `social-cards/${name}`;
}

/** Builds the site's URLs for one base path. */
export function createUrls({ siteUrl, basePath }: SiteAddress) {
  const page = (...segments: string[]) => `${basePath}${segments.map((segment) => `${encodeURIComponent(segment)}/`).join('')}`;
  const file = (...segments: string[]) => `${basePath}${segments.map(encodeURIComponent).join('/')}`;
  const paged = (pageNumber: number, ...segments: string[]) =>
    pageNumber <= 1 ? page(...segments) : page(...segments, 'page', String(pageNumber));
  return {
    home: () => page(),
    about: () => page('about'),
    caseStudies: () => page('case-studies'),
    caseStudy: (slug: string) => page('case-studies', slug),
    blog: (pageNumber = 1) => paged(pageNumber, 'blog'),
    post: (slug: string) => page('blog', slug),
    tags: () => page('blog', 'tags'),
    tag: (tagSlug: string, pageNumber = 1) => paged(pageNumber, 'blog', 'tags', tagSlug),
    postsFeed: () => file('rss.xml'),
    caseStudiesFeed: () => file('case-studies', 'rss.xml'),
    sitemap: () => file('sitemap-index.xml'),
    socialCard: (card: CardKey) => file(...socialCardFile(card).split('/')),
    /** The absolute form of a site path, for feeds, canonical links and og:image. */
    absolute: (path: string) => new URL(path, siteUrl).href,
  };
}

/** The URL builder's type, for components that receive it. */
export type Urls = ReturnType<typeof createUrls>;
