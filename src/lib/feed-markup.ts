import { escapeMarkup } from './markup.ts';

/**
 * Makes root-relative `src`, `href` and `srcset` URLs in rendered HTML absolute, because feed
 * readers resolve relative links against the reader, not the site.
 */
export function absoluteUrlsInHtml(html: string, siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url);
  return html
    .replace(
      /\b(src|href)=(["'])(.*?)\2/g,
      (_, attribute: string, quote: string, url: string) => `${attribute}=${quote}${absolute(url)}${quote}`,
    )
    .replace(
      /\bsrcset=(["'])(.*?)\1/g,
      (_, quote: string, list: string) =>
        `srcset=${quote}${list
          .split(',')
          .map((candidate) => candidate.trim().replace(/^\S+/, absolute))
          .join(', ')}${quote}`,
    );
}

/** `<atom:link rel="self">` and `<language>` for a channel; @astrojs/rss writes neither itself. */
export function channelExtras(selfUrl: string, language: string): string {
  return `<language>${escapeMarkup(language)}</language><atom:link href="${escapeMarkup(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}
