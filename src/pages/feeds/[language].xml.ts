import type { APIRoute } from 'astro';
import { feedResponse } from '../../page-data/feeds.ts';
import { languageName } from '../../lib/i18n/translate.ts';
import { getFeedLanguages, getPostsWrittenIn } from '../../queries/collections.ts';
import { siteTextIn, urls } from '../../queries/site.ts';

/** One feed per language that posts are written in. */
export async function getStaticPaths() {
  return (await getFeedLanguages()).map((language) => ({ params: { language } }));
}

export const GET: APIRoute = async ({ params }) => {
  const language = params.language!;
  const posts = await getPostsWrittenIn(language);
  const { title, description } = siteTextIn(language);
  return feedResponse({
    title: `${title} (${languageName(language)})`,
    description,
    feedPath: urls.languageFeed(language),
    entries: posts,
    language,
  });
};
