/**
 * The site's settings and URL builder, and where each entry belongs: read once from the build's
 * state (virtual:commfolio/build), for pages, components and the other query modules.
 */
import { settings } from 'virtual:commfolio/build';
import { sectionLanguage } from '../lib/content-translations.ts';
import { createUrls } from '../lib/urls.ts';

export { settings };

/** The site's URL builder: every address of the site, with its base path and language prefix. */
export const urls = createUrls({ siteUrl: settings.url, basePath: settings.basePath, defaultLanguage: settings.defaultLanguage });

/** The site's title and description in a section's language: its translation in site.yaml, else the main ones. */
export function siteTextIn(language: string): { title: string; description: string } {
  const translation = settings.translations[language];
  return { title: translation?.title ?? settings.title, description: translation?.description ?? settings.description };
}

/** What the section and path helpers need from an entry: its collection, id and language field. */
interface LocatedEntry {
  id: string;
  collection: string;
  data: { language?: string };
}

/** Language an entry is written in: its own field, else the site default. */
export function languageOf(entry: { data: { language?: string } }): string {
  return entry.data.language ?? settings.defaultLanguage;
}

/** The interface section (language) an entry's page belongs to. */
export function sectionOf(entry: { data: { language?: string } }): string {
  return sectionLanguage(languageOf(entry), settings.languages, settings.defaultLanguage);
}

/** The site path of a post or case study page. */
export function pathOf(entry: LocatedEntry & { collection: 'posts' | 'caseStudies' }): string {
  const section = urls.section(sectionOf(entry));
  return entry.collection === 'posts' ? section.post(entry.id) : section.caseStudy(entry.id);
}
