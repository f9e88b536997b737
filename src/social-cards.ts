/** Every social card the site publishes, per language section, with the data each one shows. */
import { applicationCard, caseStudyCard, homeCard, pageCard, postCard, type CardContext, type CardData } from './lib/social-card/card-data.ts';
import { translator } from './lib/i18n/translate.ts';
import type { CardKey } from './lib/urls.ts';
import { getApplications, getCaseStudies, getPostTags, getPosts, getProfile, headlineOf, languageOf, sectionOf, settings } from './queries.ts';

/** The cards of one section: its list pages and the entries that live in it. */
async function sectionCards(language: string): Promise<{ key: CardKey; data: CardData }[]> {
  const [profile, posts, caseStudies, tags, applications] = await Promise.all([getProfile(language), getPosts(language), getCaseStudies(language), getPostTags(language), getApplications()]);
  const t = translator(language);
  const context: CardContext = { siteTitle: settings.title, ownerName: profile.data.name, host: new URL(settings.url).host, language };
  return [
    { key: { kind: 'home', language }, data: homeCard(context, profile.data.headline) },
    { key: { kind: 'about', language }, data: pageCard(context, `${t('about.title')} — ${profile.data.name}`, profile.data.headline) },
    { key: { kind: 'blog', language }, data: pageCard(context, t('blog.title'), t('blog.intro')) },
    { key: { kind: 'case-studies', language }, data: pageCard(context, t('caseStudies.title'), t('caseStudies.intro')) },
    ...(language === settings.defaultLanguage ? [{ key: { kind: 'not-found' as const, language }, data: pageCard(context, t('notFound.title')) }] : []),
    ...posts.map((post) => ({ key: { kind: 'post' as const, language, slug: post.id }, data: postCard(context, { ...post.data, language: languageOf(post) }) })),
    ...caseStudies.map((caseStudy) => ({
      key: { kind: 'case-study' as const, language, slug: caseStudy.id },
      data: caseStudyCard(context, { ...caseStudy.data, language: languageOf(caseStudy) }, headlineOf(caseStudy)),
    })),
    ...applications
      .filter(({ application }) => sectionOf(application) === language)
      .map(({ application }) => ({
        key: { kind: 'application' as const, language, slug: application.id },
        data: applicationCard(context, application.data.role ? t('application.forRole', { role: application.data.role, company: application.data.company }) : t('application.for', { company: application.data.company }), profile.data.headline),
      })),
    ...tags.map((tag) => ({ key: { kind: 'tag' as const, language, slug: tag.slug }, data: pageCard(context, `#${tag.name}`, t('blog.postCount', { count: tag.entries.length })) })),
  ];
}

/** Every card of the site. */
export async function getSocialCards(): Promise<{ key: CardKey; data: CardData }[]> {
  return (await Promise.all(settings.languages.map(sectionCards))).flat();
}
