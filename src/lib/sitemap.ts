import { escapeMarkup } from './markup.ts';

/** A page for the sitemap: its absolute URL and the absolute URLs of its translations. */
export interface SitemapPage {
  url: string;
  alternates: { language: string; url: string }[];
  /** URL of the default-language version, for hreflang="x-default". */
  defaultUrl?: string;
}

/** A sitemap (sitemaps.org 0.9) with xhtml:link hreflang alternates, as search engines read them. */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const entries = pages.map((page) => {
    const links =
      page.alternates.length > 1
        ? [
            ...page.alternates.map(
              (alternate) =>
                `<xhtml:link rel="alternate" hreflang="${escapeMarkup(alternate.language)}" href="${escapeMarkup(alternate.url)}"/>`,
            ),
            ...(page.defaultUrl ? [`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeMarkup(page.defaultUrl)}"/>`] : []),
          ]
        : [];
    return `<url><loc>${escapeMarkup(page.url)}</loc>${links.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
