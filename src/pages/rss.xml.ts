import { feedResponse } from '../page-data/feeds.ts';
import { getPosts } from '../queries/collections.ts';
import { settings, urls } from '../queries/site.ts';

/** Posts in every language. */
export async function GET() {
  return feedResponse({ title: settings.title, description: settings.description, feedPath: urls.postsFeed(), entries: await getPosts() });
}
