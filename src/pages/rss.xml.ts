import { feedResponse } from '../feeds.ts';
import { getPosts, settings, urls } from '../queries.ts';

export async function GET() {
  return feedResponse({ title: settings.title, description: settings.description, feedPath: urls.postsFeed(), entries: await getPosts(), pathOf: (post) => urls.post(post.id) });
}
