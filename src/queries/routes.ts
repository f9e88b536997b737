/**
 * Every page the site builds, per language section, with the versions of the same page in other
 * languages. Route files call these for getStaticPaths; the sitemap lists them all.
 */
import { neighbours } from '../lib/entry-lists.ts';
import { pageRouteParam, paginate, pagerLinks, type ListPage } from '../lib/pagination.ts';
import { translationLookup } from '../lib/content-translations.ts';
import { languageRouteParam } from '../lib/urls.ts';
import { hasPrivacyNote } from '../lib/site-services.ts';
import {
  getApplications,
  getCaseStudies,
  getFeedLanguages,
  getListedPosts,
  getPostTags,
  getPosts,
  type CaseStudy,
  type Post,
} from './collections.ts';
import { languageOf, pathOf, sectionOf, settings, urls } from './site.ts';

/** The same page in another language: its section, the language of its content, and its path. */
export interface Alternate {
  section: string;
  language: string;
  path: string;
}

/** What every page knows about itself: its section language, its own path, its alternates (itself included). */
export interface PageLocation {
  language: string;
  path: string;
  alternates: Alternate[];
}

/** Props every page receives: its location, and the languages that have a feed (for the head's feed links). */
export interface PageProps extends PageLocation {
  feedLanguages: readonly string[];
}

const lang = (language: string) => languageRouteParam(language, settings.defaultLanguage);

/** Adds what every page's head needs to a route's paths, computed once per route. */
async function withSiteData<Props extends PageLocation, Path extends { props: Props }>(
  paths: Path[] | Promise<Path[]>,
): Promise<(Path & { props: Props & PageProps })[]> {
  const [listed, feedLanguages] = await Promise.all([paths, getFeedLanguages()]);
  return listed.map((path) => ({ ...path, props: { ...path.props, feedLanguages } }));
}

/** A page that exists in every section, at the path `pathIn` gives. */
function inEverySection(pathIn: (language: string) => string) {
  const alternates = settings.languages.map((language) => ({ section: language, language, path: pathIn(language) }));
  return withSiteData(
    settings.languages.map((language) => ({ params: { lang: lang(language) }, props: { language, path: pathIn(language), alternates } })),
  );
}

/** The version of a page that `hreflang="x-default"` names: the default language's, else the first. */
export function defaultAlternate(alternates: readonly Alternate[]): Alternate | undefined {
  return alternates.find((alternate) => alternate.section === settings.defaultLanguage) ?? alternates[0];
}

/** Home, about, CV, case-study list and tag list: one per section. */
export const homePaths = () => inEverySection((language) => urls.section(language).home());
export const aboutPaths = () => inEverySection((language) => urls.section(language).about());
export const caseStudiesPaths = () => inEverySection((language) => urls.section(language).caseStudies());
export const tagsPaths = () => inEverySection((language) => urls.section(language).tags());
export const cvPaths = () => inEverySection((language) => urls.section(language).cv());
/** The search page of each section; not in the sitemap (it has no content of its own). */
export const searchPaths = () => inEverySection((language) => urls.section(language).search());

/** The links page of each section (a "link in bio" page). */
export const linksPaths = () => inEverySection((language) => urls.section(language).links());
/** The privacy note of each section: only when site.yaml turns on a service that receives anything (analytics, a contact form). */
export const privacyPaths = async () => (hasPrivacyNote(settings) ? inEverySection((language) => urls.section(language).privacy()) : []);
/** The contact page of each section, and the page its form lands on: only when site.yaml names a form service. */
export const contactPaths = async () => (settings.contactForm ? inEverySection((language) => urls.section(language).contact()) : []);
export const contactSentPaths = async () =>
  settings.contactForm ? inEverySection((language) => urls.section(language).contactSent()) : [];

/** The one 404 page (static hosts serve only /404.html), in the default language. */
export async function notFoundPage(): Promise<PageProps> {
  const language = settings.defaultLanguage;
  return { language, path: urls.section(language).home(), alternates: [], feedLanguages: await getFeedLanguages() };
}

function entryAlternates<Entry extends Post | CaseStudy>(entry: Entry, translations: (entry: Entry) => Entry[]): Alternate[] {
  const group = [entry, ...translations(entry)];
  return group.map((member) => ({ section: sectionOf(member), language: languageOf(member), path: pathOf(member) }));
}

/** One page per published case study, in its section. */
export async function caseStudyPaths() {
  const caseStudies = await getCaseStudies();
  const translations = translationLookup(caseStudies);
  return withSiteData(
    caseStudies.map((caseStudy) => ({
      params: { lang: lang(sectionOf(caseStudy)), slug: caseStudy.id },
      props: { caseStudy, language: sectionOf(caseStudy), path: pathOf(caseStudy), alternates: entryAlternates(caseStudy, translations) },
    })),
  );
}

/** One page per published post, in its section, with the section's newer and older posts. */
export async function postPaths() {
  const translations = translationLookup(await getPosts());
  const paths = [];
  for (const language of settings.languages) {
    const posts = await getPosts(language);
    for (const post of posts) {
      paths.push({
        params: { lang: lang(language), slug: post.id },
        props: { post, ...neighbours(posts, post.id), language, path: pathOf(post), alternates: entryAlternates(post, translations) },
      });
    }
  }
  return withSiteData(paths);
}

/** The blog list of each section, paginated; page N has alternates where that section has N pages. */
export async function blogPaths() {
  const pagesBySection = new Map<string, ListPage<Post>[]>();
  for (const language of settings.languages) pagesBySection.set(language, paginate(await getListedPosts(language), settings.postsPerPage));
  return withSiteData(
    [...pagesBySection].flatMap(([language, pages]) =>
      pages.map((page) => ({
        params: { lang: lang(language), page: pageRouteParam(page.number) },
        props: {
          language,
          page,
          pager: pagerLinks(page, (number) => urls.section(language).blog(number)),
          path: urls.section(language).blog(page.number),
          alternates: [...pagesBySection]
            .filter(([, otherPages]) => otherPages.length >= page.number)
            .map(([section]) => ({ section, language: section, path: urls.section(section).blog(page.number) })),
        },
      })),
    ),
  );
}

/** Each section's tag pages, paginated; alternates are the same tag in other sections. */
export async function tagPaths() {
  const tagsBySection = new Map(
    await Promise.all(settings.languages.map(async (language) => [language, await getPostTags(language)] as const)),
  );
  return withSiteData(
    [...tagsBySection].flatMap(([language, tags]) =>
      tags.flatMap((tag) =>
        paginate(tag.entries, settings.postsPerPage).map((page) => ({
          params: { lang: lang(language), tag: tag.slug, page: pageRouteParam(page.number) },
          props: {
            language,
            tag: { name: tag.name, slug: tag.slug },
            page,
            pager: pagerLinks(page, (number) => urls.section(language).tag(tag.slug, number)),
            path: urls.section(language).tag(tag.slug, page.number),
            alternates: [...tagsBySection]
              .filter(([, otherTags]) =>
                otherTags.some((other) => other.slug === tag.slug && other.entries.length > (page.number - 1) * settings.postsPerPage),
              )
              .map(([section]) => ({ section, language: section, path: urls.section(section).tag(tag.slug, page.number) })),
          },
        })),
      ),
    ),
  );
}

/** Unlisted application pages, in their language's section; allPages leaves them out. */
export async function applicationPaths() {
  return withSiteData(
    (await getApplications()).map((selection) => {
      const language = sectionOf(selection.application);
      const path = urls.section(language).application(selection.application.id);
      return {
        params: { lang: lang(language), slug: selection.application.id },
        props: { ...selection, language, path, alternates: [] as Alternate[] },
      };
    }),
  );
}

/** Every page of the site with its alternates, for the sitemap. */
export async function allPages(): Promise<PageLocation[]> {
  const groups = await Promise.all([
    homePaths(),
    aboutPaths(),
    cvPaths(),
    linksPaths(),
    caseStudiesPaths(),
    tagsPaths(),
    caseStudyPaths(),
    postPaths(),
    blogPaths(),
    tagPaths(),
    privacyPaths(),
    contactPaths(),
  ]);
  return groups.flat().map(({ props }) => ({ language: props.language, path: props.path, alternates: props.alternates }));
}
