/** Schema.org data for each page kind, from the site's content (the JSON-LD in every page head). */
import { getImage } from 'astro:assets';
import { articleJsonLd, breadcrumbJsonLd, profilePageJsonLd, type PersonFacts } from '../lib/json-ld.ts';
import { translator } from '../lib/i18n/translate.ts';
import { getProfile, type CaseStudy, type Post } from '../queries/collections.ts';
import { languageOf, pathOf, urls } from '../queries/site.ts';

/** The person, as schema.org describes them, in a section's language. */
export async function personFacts(language: string): Promise<PersonFacts> {
  const { data } = await getProfile(language);
  const photo = data.photo ? await getImage({ src: data.photo.file, width: 400, format: 'webp' }) : undefined;
  return {
    name: data.name,
    headline: data.headline,
    url: urls.absolute(urls.section(language).home()),
    image: photo ? urls.absolute(photo.src) : undefined,
    email: data.email,
    location: data.location,
    availability: data.availability,
    sameAs: data.links.map((link) => link.url),
    languages: data.languages.map((spoken) => spoken.name),
    skills: data.skills.flatMap((skill) => (typeof skill === 'string' ? [skill] : skill.items)),
  };
}

function trail(language: string, ...crumbs: { name: string; path: string }[]) {
  const t = translator(language);
  return breadcrumbJsonLd(
    [{ name: t('breadcrumbs.home'), path: urls.section(language).home() }, ...crumbs].map((crumb) => ({
      name: crumb.name,
      url: urls.absolute(crumb.path),
    })),
  );
}

/** Home, about and CV pages: a ProfilePage about the person, and breadcrumbs below home. */
export async function profilePageData(language: string, page: { path: string; name: string; crumb?: string }) {
  const person = await personFacts(language);
  const profilePage = profilePageJsonLd({ url: urls.absolute(page.path), name: page.name, language }, person);
  return page.crumb ? [profilePage, trail(language, { name: page.crumb, path: page.path })] : [profilePage];
}

/** A post (BlogPosting) or case study (Article) with breadcrumbs through its list page. */
export async function articleData(entry: Post | CaseStudy, language: string, cardPath: string) {
  const person = await personFacts(language);
  const t = translator(language);
  const section = urls.section(language);
  const isPost = entry.collection === 'posts';
  const article = articleJsonLd({
    kind: isPost ? 'BlogPosting' : 'Article',
    url: urls.absolute(pathOf(entry)),
    headline: entry.data.title,
    description: isPost ? (entry as Post).data.description : (entry as CaseStudy).data.summary,
    published: entry.data.publishedAt,
    modified: isPost ? (entry as Post).data.updatedAt : undefined,
    language: languageOf(entry),
    image: urls.absolute(cardPath),
    keywords: isPost ? (entry as Post).data.tags : (entry as CaseStudy).data.skills,
    author: { name: person.name, url: person.url },
  });
  const list = isPost
    ? { name: t('header.nav.blog'), path: section.blog() }
    : { name: t('header.nav.caseStudies'), path: section.caseStudies() };
  return [article, trail(language, list, { name: entry.data.title, path: pathOf(entry) })];
}
