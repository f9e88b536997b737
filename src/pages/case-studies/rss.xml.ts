import { feedResponse } from '../../feeds.ts';
import { getCaseStudies, settings, urls } from '../../queries.ts';

export async function GET() {
  return feedResponse({
    title: `${settings.title} — case studies`, description: settings.description, feedPath: urls.caseStudiesFeed(),
    entries: await getCaseStudies(), pathOf: (caseStudy) => urls.caseStudy(caseStudy.id),
  });
}
