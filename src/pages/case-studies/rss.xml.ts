import { feedResponse } from '../../page-data/feeds.ts';
import { getCaseStudies, settings, urls } from '../../queries/collections.ts';

/** Case studies in every language. */
export async function GET() {
  return feedResponse({ title: `${settings.title} — case studies`, description: settings.description, feedPath: urls.caseStudiesFeed(), entries: await getCaseStudies() });
}
