/**
 * Every social card the site publishes, per language section: what each shows and the files that
 * feed it. In a build the card routes hand them to the card step (src/integrations/social-cards/integration.ts), which
 * renders them beside the pages; under `astro dev` the routes render one on request.
 */
import type { CardJob } from '../integrations/social-cards/card-cache.ts';
import {
  applicationCard,
  cardTheme,
  caseStudyCard,
  homeCard,
  pageCard,
  personCard,
  postCard,
  type CardContext,
  type CardData,
  type CardMetric,
} from '../social-card/card-data.ts';
import { frontmatterImageFile } from '../content-folder/entry-images.ts';
import { translator } from '../lib/i18n/translate.ts';
import { socialCardFile, type CardKey } from '../lib/urls.ts';
import { getApplications, getCaseStudies, getPostTags, getPosts, getProfile, type CaseStudy, type Post } from '../queries/collections.ts';
import { entryFile, redactionsOf } from '../queries/entry-files.ts';
import { languageOf, sectionOf, settings, siteTextIn } from '../queries/site.ts';
import { leadResultOf } from './lead-result.ts';

/** A social card: its key, what it shows, and the profile photo or page image it uses. */
export interface SocialCard {
  key: CardKey;
  data: CardData;
  /** Absolute path of the profile photo (home and application cards). */
  photo?: string;
  /** Absolute path of the page's own image (socialImage), used instead of a generated card. */
  image?: string;
}

/** The card of a post or case study page: `jpg` when the entry names its own image (socialImage). */
export function cardKeyOf(entry: Post | CaseStudy): CardKey {
  const kind = entry.collection === 'posts' ? 'post' : 'case-study';
  return { kind, language: sectionOf(entry), slug: entry.id, format: entry.data.socialImage ? 'jpg' : 'png' };
}

/** Alt text of an entry's own social image, when it names one. */
export function cardAltOf(entry: Post | CaseStudy): string | undefined {
  return entry.data.socialImage?.alt;
}

/** The cards of one section: its list pages, and the entries and applications that live in it. */
async function sectionCards(language: string): Promise<SocialCard[]> {
  const [profile, mainProfile, posts, caseStudies, tags, applications] = await Promise.all([
    getProfile(language),
    getProfile(),
    getPosts(language),
    getCaseStudies(language),
    getPostTags(language),
    getApplications(),
  ]);
  const t = translator(language);
  const context: CardContext = {
    siteTitle: siteTextIn(language).title,
    ownerName: profile.data.name,
    host: new URL(settings.url).host,
    language,
  };
  // Translated profiles take the photo of the main one.
  const photo = mainProfile.data.photo ? frontmatterImageFile(entryFile(mainProfile), 'photo') : undefined;
  const ownImage = (entry: Post | CaseStudy) => (entry.data.socialImage ? entryFile(entry, entry.data.socialImage.file) : undefined);
  return [
    { key: { kind: 'home', language }, data: homeCard(context, profile.data.headline), photo },
    { key: { kind: 'about', language }, data: pageCard(context, `${t('about.title')} — ${profile.data.name}`, profile.data.headline) },
    { key: { kind: 'blog', language }, data: pageCard(context, t('blog.title'), t('blog.intro')) },
    { key: { kind: 'case-studies', language }, data: pageCard(context, t('caseStudies.title'), t('caseStudies.intro')) },
    {
      key: { kind: 'links', language },
      data: personCard(context, t('links.title'), profile.data.availability ?? profile.data.headline),
      photo,
    },
    ...(language === settings.defaultLanguage
      ? [{ key: { kind: 'not-found' as const, language }, data: pageCard(context, t('notFound.title')) }]
      : []),
    ...posts.map((post) => ({
      key: cardKeyOf(post),
      data: postCard(context, { ...post.data, language: languageOf(post) }),
      image: ownImage(post),
    })),
    ...caseStudies.map((caseStudy) => ({
      key: cardKeyOf(caseStudy),
      data: caseStudyCard(context, { ...caseStudy.data, language: languageOf(caseStudy) }, cardMetricOf(caseStudy)),
      image: ownImage(caseStudy),
    })),
    ...applications
      .filter(({ application }) => sectionOf(application) === language)
      .map(({ application }) => ({
        key: { kind: 'application' as const, language, slug: application.id },
        data: applicationCard(
          context,
          application.data.role
            ? t('application.addressedToRole', { role: application.data.role, company: application.data.company })
            : t('application.addressedTo', { company: application.data.company }),
          profile.data.headline,
        ),
        photo,
      })),
    ...tags.map((tag) => ({
      key: { kind: 'tag' as const, language, slug: tag.slug },
      data: pageCard(context, `#${tag.name}`, t('tags.page.postCount', { count: tag.entries.length })),
    })),
  ];
}

/** Every card of the site. */
export async function getSocialCards(): Promise<SocialCard[]> {
  return (await Promise.all(settings.languages.map(sectionCards))).flat();
}

/** The site's cards as jobs for the card step: output file, card data, theme and source files. */
export async function getSocialCardJobs(): Promise<CardJob[]> {
  const theme = cardTheme(settings.colors.accent);
  return (await getSocialCards()).map((card) => ({
    file: socialCardFile(card.key),
    input: { data: card.data, theme, photo: card.photo, photoRedactions: card.photo ? redactionsOf(card.photo) : undefined },
    image: card.image,
    imageRedactions: card.image ? redactionsOf(card.image) : undefined,
  }));
}

/** The lead result as a case study's card shows it: figure, label and before → after. */
function cardMetricOf(caseStudy: CaseStudy): CardMetric | undefined {
  const result = leadResultOf(caseStudy);
  return result && { figure: result.figure, label: result.label, ...result.motion };
}
