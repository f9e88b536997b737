/**
 * The one module that reads content collections. Pages ask it for sorted, filtered entries per
 * language section; drafts are included only in `astro dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir, includeDrafts } from 'virtual:commfolio/build';
import { byNewest, groupByTag, isPublished } from '../lib/entry-lists.ts';
import { mergeProfile, untranslatedEntries } from '../lib/content-translations.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { hasEntries } from '../content-folder/layout.ts';
import { languageOf, sectionOf, settings } from './site.ts';

export type Post = CollectionEntry<'posts'>;
export type CaseStudy = CollectionEntry<'caseStudies'>;
export type Profile = CollectionEntry<'profile'>;
export type Application = CollectionEntry<'applications'>;

/** How many case studies the home page shows when none is featured, and how many latest posts. */
export const HOME_LIST_LENGTH = 3;

const hasApplications = hasEntries(contentDir, 'applications');

/** The profile for a section: its translation (profile.<code>.md) merged over the main profile. */
export async function getProfile(language = settings.defaultLanguage): Promise<Profile> {
  const profiles = await getCollection('profile');
  const main = profiles.find((profile) => languageOf(profile) === settings.defaultLanguage) ?? profiles[0];
  if (!main) throw new Error('content/profile.md is missing; create it with name and headline.');
  const translation = profiles.find((profile) => profile !== main && languageOf(profile) === language);
  return translation ? { ...translation, data: mergeProfile(main.data, translation.data) } : main;
}

/** Published posts, newest first: all of them, or one section's. */
export async function getPosts(section?: string): Promise<Post[]> {
  const posts = (await getCollection('posts')).filter((post) => isPublished(post, includeDrafts));
  return byNewest(section ? posts.filter((post) => sectionOf(post) === section) : posts);
}

/**
 * What a section's listings show: its own entries, and the default language's entries that have no
 * translation in it, newest first. A Tagalog section of an English portfolio lists the English case
 * studies (marked with their language where they are shown) instead of looking empty; their pages stay
 * in their own section.
 */
function listedIn<Entry extends Post | CaseStudy>(section: string, entries: readonly Entry[]): Entry[] {
  const own = entries.filter((entry) => sectionOf(entry) === section);
  return byNewest([...own, ...untranslatedEntries(entries, section, sectionOf, settings.defaultLanguage)]);
}

/** The posts a section's blog listing and home page show: its own, and untranslated ones of the default language. */
export async function getListedPosts(section: string): Promise<Post[]> {
  return listedIn(section, await getPosts());
}

/** The case studies a section's listings show: its own, and untranslated ones of the default language. */
export async function getListedCaseStudies(section: string): Promise<CaseStudy[]> {
  return listedIn(section, await getCaseStudies());
}

/** A section's newest posts, for the home page (untranslated ones of the default language included). */
export async function getLatestPosts(section: string): Promise<Post[]> {
  return (await getListedPosts(section)).slice(0, HOME_LIST_LENGTH);
}

/** Published posts written in one language (whatever section they appear in), newest first: a language's feed. */
export async function getPostsWrittenIn(language: string): Promise<Post[]> {
  return (await getPosts()).filter((post) => languageOf(post) === language);
}

/** Published case studies, newest first: all of them, or one section's. */
export async function getCaseStudies(section?: string): Promise<CaseStudy[]> {
  const caseStudies = (await getCollection('caseStudies')).filter((caseStudy) => isPublished(caseStudy, includeDrafts));
  return byNewest(section ? caseStudies.filter((caseStudy) => sectionOf(caseStudy) === section) : caseStudies);
}

/** A section's featured case studies, or its newest ones when none is featured (untranslated ones of the default language included). */
export async function getFeaturedCaseStudies(section: string): Promise<CaseStudy[]> {
  const caseStudies = await getListedCaseStudies(section);
  const featured = caseStudies.filter((caseStudy) => caseStudy.data.featured);
  return featured.length > 0 ? featured : caseStudies.slice(0, HOME_LIST_LENGTH);
}

/** Tags of a section's published posts, with their posts. */
export async function getPostTags(section: string) {
  return groupByTag(await getPosts(section));
}

/** Minutes to read an entry, counted in its own language. */
export function readingTimeOf(entry: Post | CaseStudy): number {
  return readingMinutes(entry.body ?? '', languageOf(entry));
}

/** Languages that published posts are written in, each with a feed of its own. */
export async function getFeedLanguages(): Promise<string[]> {
  return [...new Set((await getPosts()).map(languageOf))].sort();
}

/**
 * Application pages, each with the case studies and posts it names (in its order). They are
 * unlisted: no listing, feed, sitemap or navigation reads them.
 */
export async function getApplications() {
  // Most sites have no applications; asking Astro for an empty collection logs a warning per page.
  if (!hasApplications) return [];
  const [applications, caseStudies, posts] = await Promise.all([getCollection('applications'), getCaseStudies(), getPosts()]);
  return applications
    .filter((application) => isPublished(application, includeDrafts))
    .map((application) => ({
      application,
      caseStudies: application.data.caseStudies.flatMap((slug) => caseStudies.filter((caseStudy) => caseStudy.id === slug)),
      posts: application.data.posts.flatMap((slug) => posts.filter((post) => post.id === slug)),
    }));
}
