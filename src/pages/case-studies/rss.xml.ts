import { feedResponse } from '../../page-data/feeds.ts';
import { getCaseStudies } from '../../queries/collections.ts';
import { settings, urls } from '../../queries/site.ts';

/** Case studies in every language. */
export async function GET() {
  return feedResponse({
    title: `${settings.title} — case studies`,
    description: settings.description,
    feedPath: urls.caseStudiesFeed(),
    entries: await getCaseStudies(),
  });
}
