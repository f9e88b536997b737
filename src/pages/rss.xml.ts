import { feedResponse } from '../feeds.ts';
import { getPosts, settings, urls } from '../queries.ts';

/** Posts in every language. */
export async function GET() {
  return feedResponse({ title: settings.title, description: settings.description, feedPath: urls.postsFeed(), entries: await getPosts() });
}
