/**
 * UTM tags on a link ("utm_source=instagram"), so that analytics, the site's own or another site's,
 * can tell where a visitor came from. Pure.
 */

/** The five UTM tags, by their short names in profile.md. */
export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

const TAGS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * `url` with the given UTM tags set (encoded, replacing tags of the same name it already has). A
 * site path (starting with "/") stays a site path; a mailto: link or a link without tags is unchanged.
 */
export function withUtm(url: string, utm: Utm | undefined): string {
  const tags = TAGS.filter((tag) => utm?.[tag]);
  if (tags.length === 0 || !/^(https?:|\/)/i.test(url)) return url;
  const isPath = url.startsWith('/');
  const parsed = new URL(url, 'https://site.invalid');
  for (const tag of tags) parsed.searchParams.set(`utm_${tag}`, utm![tag]!);
  return isPath ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}
