/** Builds the site's RSS feeds (blog posts, case studies) with full content and absolute links. */
import rss from '@astrojs/rss';
import { renderEntryHtml } from './entry-html.ts';
import { absoluteUrlsInHtml, channelExtras } from '../lib/feed-markup.ts';
import { escapeMarkup } from '../lib/markup.ts';
import { type CaseStudy, type Post } from '../queries/collections.ts';
import { languageOf, pathOf, settings, urls } from '../queries/site.ts';

interface FeedOptions {
  title: string;
  description: string;
  /** Site path of the feed itself, for atom:link rel="self". */
  feedPath: string;
  entries: (Post | CaseStudy)[];
  /** Language of the channel: the one language of its entries, else the site default. */
  language?: string;
}

/** An RSS 2.0 response whose items carry the full HTML of each entry. */
export async function feedResponse({
  title,
  description,
  feedPath,
  entries,
  language = settings.defaultLanguage,
}: FeedOptions): Promise<Response> {
  const items = await Promise.all(
    entries.map(async (entry) => ({
      title: entry.data.title,
      description: escapeMarkup('description' in entry.data ? entry.data.description : entry.data.summary),
      pubDate: entry.data.publishedAt,
      link: urls.absolute(pathOf(entry)),
      categories: 'tags' in entry.data ? entry.data.tags : entry.data.skills,
      content: absoluteUrlsInHtml(await renderEntryHtml(entry), settings.url),
      customData: languageOf(entry) === language ? undefined : `<dc:language>${languageOf(entry)}</dc:language>`,
    })),
  );
  return rss({
    title,
    description,
    site: urls.absolute(urls.section(language).home()),
    items,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: channelExtras(urls.absolute(feedPath), language),
  });
}
