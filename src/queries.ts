/**
 * The one module that reads content collections. Pages ask it for sorted, filtered entries and
 * for the site's settings and URLs; drafts are included only in `astro dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { byNewest, groupByTag, isPublished } from './lib/collections.ts';
import { resolveContentDir } from './lib/content-layout.ts';
import { headlineMetric, metricFigure, metricHeadline } from './lib/metrics.ts';
import { readingMinutes } from './lib/reading-time.ts';
import { loadSiteSettings } from './lib/site-settings.ts';
import type { CardJob } from './lib/social-card/card-cache.ts';
import { cardTheme, caseStudyCard, homeCard, pageCard, postCard, type CardContext, type CardData } from './lib/social-card/card-data.ts';
import { frontmatterImageFile } from './lib/social-card/source-image.ts';
import { translator } from './lib/i18n/translate.ts';
import { createUrls, socialCardFile, type CardKey } from './lib/urls.ts';

export type Post = CollectionEntry<'posts'>;
export type CaseStudy = CollectionEntry<'caseStudies'>;
export type Profile = CollectionEntry<'profile'>;

/** Validated site settings with SITE_URL / BASE_PATH applied. */
export const settings = loadSiteSettings(resolveContentDir(process.env, process.cwd()), process.env);

/** The site's URL builder. */
export const urls = createUrls({ siteUrl: settings.url, basePath: settings.basePath });

declare const __COMMFOLIO_INCLUDE_DRAFTS__: boolean;
/** Drafts are shown by `astro dev` only; the content-check integration defines this flag. */
const includeDrafts = __COMMFOLIO_INCLUDE_DRAFTS__;

/** Language of an entry: its own field, else the site default. */
export function languageOf(entry: { data: { language?: string } }): string {
  return entry.data.language ?? settings.defaultLanguage;
}

/** The profile (content/profile.md). */
export async function getProfile(): Promise<Profile> {
  const [profile] = await getCollection('profile');
  if (!profile) throw new Error('content/profile.md is missing; create it with name and headline.');
  return profile;
}

/** Published posts, newest first. */
export async function getPosts(): Promise<Post[]> {
  return byNewest((await getCollection('posts')).filter((post) => isPublished(post, includeDrafts)));
}

/** Published case studies, newest first. */
export async function getCaseStudies(): Promise<CaseStudy[]> {
  return byNewest((await getCollection('caseStudies')).filter((caseStudy) => isPublished(caseStudy, includeDrafts)));
}

/** Featured case studies, or the newest three when none is featured. */
export async function getFeaturedCaseStudies(): Promise<CaseStudy[]> {
  const caseStudies = await getCaseStudies();
  const featured = caseStudies.filter((caseStudy) => caseStudy.data.featured);
  return featured.length > 0 ? featured : caseStudies.slice(0, 3);
}

/** Tags of published posts with their posts. */
export async function getPostTags() {
  return groupByTag(await getPosts());
}

/** Minutes to read an entry, counted in its own language. */
export function readingTimeOf(entry: Post | CaseStudy): number {
  return readingMinutes(entry.body ?? '', languageOf(entry));
}

/** "+240% followers in 90 days" for a case study with metrics. */
export function headlineOf(caseStudy: CaseStudy): string | undefined {
  const metric = headlineMetric(caseStudy.data.metrics);
  const language = languageOf(caseStudy);
  return metric ? metricHeadline(metric, language, translator(language)('caseStudy.in')) : undefined;
}

/** The headline metric split for a card: the figure ("+240%") and what it measures ("followers in 90 days"). */
function cardMetricOf(caseStudy: CaseStudy): { figure: string; label: string } | undefined {
  const metric = headlineMetric(caseStudy.data.metrics);
  if (!metric) return undefined;
  const language = languageOf(caseStudy);
  const figure = metricFigure(metric, language);
  return { figure, label: metricHeadline(metric, language, translator(language)('caseStudy.in')).slice(figure.length).trim() };
}

/** The absolute path of an entry's Markdown file. */
const entryFileOf = (entry: { filePath?: string }) => path.resolve(process.cwd(), entry.filePath ?? '');

/** The card of a post or case study: `jpg` when it names its own image (`socialImage`). */
export function cardKeyOf(entry: Post | CaseStudy): CardKey {
  const kind = entry.collection === 'posts' ? 'post' : 'case-study';
  return { kind, slug: entry.id, format: entry.data.socialImage ? 'jpg' : 'png' };
}

/** Alt text of an entry's social image: its own image's alt, else what the generated card shows. */
export function cardAltOf(entry: Post | CaseStudy): string | undefined {
  return entry.data.socialImage?.alt;
}

/** A social card the site publishes: its key, what it shows, and the files that feed it. */
export interface SocialCard {
  key: CardKey;
  data: CardData;
  /** Absolute path of the profile photo (home card). */
  photo?: string;
  /** Absolute path of the page's own image, used instead of the card. */
  image?: string;
}

/** Every social card the site publishes, with the data it shows. */
export async function getSocialCards(): Promise<SocialCard[]> {
  const [profile, posts, caseStudies, tags] = await Promise.all([getProfile(), getPosts(), getCaseStudies(), getPostTags()]);
  const t = translator(settings.defaultLanguage);
  const context: CardContext = { siteTitle: settings.title, ownerName: profile.data.name, host: new URL(settings.url).host, language: settings.defaultLanguage };
  const ownImage = (entry: Post | CaseStudy) => (entry.data.socialImage ? frontmatterImageFile(entryFileOf(entry), 'socialImage') : undefined);
  return [
    { key: { kind: 'home' }, data: homeCard(context, profile.data.headline), photo: profile.data.photo ? frontmatterImageFile(entryFileOf(profile), 'photo') : undefined },
    { key: { kind: 'about' }, data: pageCard(context, `${t('about.title')} — ${profile.data.name}`, profile.data.headline) },
    { key: { kind: 'blog' }, data: pageCard(context, t('blog.title'), t('blog.intro')) },
    { key: { kind: 'case-studies' }, data: pageCard(context, t('caseStudies.title'), t('caseStudies.intro')) },
    { key: { kind: 'not-found' }, data: pageCard(context, t('notFound.title')) },
    ...posts.map((post) => ({ key: cardKeyOf(post), data: postCard(context, { ...post.data, language: languageOf(post) }), image: ownImage(post) })),
    ...caseStudies.map((caseStudy) => ({
      key: cardKeyOf(caseStudy),
      data: caseStudyCard(context, { ...caseStudy.data, language: languageOf(caseStudy) }, cardMetricOf(caseStudy)),
      image: ownImage(caseStudy),
    })),
    ...tags.map((tag) => ({
      key: { kind: 'tag' as const, slug: tag.slug },
      data: pageCard(context, `#${tag.name}`, t('blog.postCount', { count: tag.entries.length })),
    })),
  ];
}

/** The site's cards as jobs for the card build step: output file, card data, theme and source files. */
export async function getSocialCardJobs(): Promise<CardJob[]> {
  const theme = cardTheme(settings.colors.accent);
  return (await getSocialCards()).map((card) => ({ file: socialCardFile(card.key), input: { data: card.data, theme, photo: card.photo }, image: card.image }));
}
