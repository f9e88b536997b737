import { feedResponse } from '../page-data/feeds.ts';
import { getPosts, settings, urls } from '../queries/collections.ts';

/** Posts in every language. */
export async function GET() {
  return feedResponse({ title: settings.title, description: settings.description, feedPath: urls.postsFeed(), entries: await getPosts() });
}
