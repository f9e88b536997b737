/**
 * What `npm run check` hands the hiring-manager review (lib/portfolio-review.ts) once the content
 * has no problem: the entries as the check read them, and what the review cannot work out from them
 * alone (the photo's SHA-256, the entries' addresses, the charts' sizes, the site's languages, the
 * characters social cards can draw).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../../lib/hash.ts';
import type { ReviewInput } from '../../lib/portfolio-review.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { CARD_SCRIPTS, charactersWithoutCardFont } from '../../social-card/fonts.ts';
import { chartSizes } from '../chart-sizes.ts';
import { imageFieldFile } from '../entry-images.ts';
import { collectionDir, SITE_SETTINGS_FILE } from '../layout.ts';
import { entrySlug, type ContentInspection } from './check-content.ts';

/** The review's input for a content folder whose check found `entries` and `settings`. */
export function reviewInput(
  contentDir: string,
  entries: ContentInspection['entries'],
  settings: SiteSettings | undefined,
  today: Date,
): ReviewInput {
  const profiles = entries.profile;
  const profile = profiles.find((entry) => !entry.data.language) ?? profiles[0];
  // The review tells the sample's photo by its bytes, whatever the file is called.
  const photoFile = profile && imageFieldFile(profile.file, profile.data, 'photo');
  const photoSha256 = photoFile && existsSync(photoFile) ? sha256Hex(readFileSync(photoFile)) : undefined;
  const siteFile = path.join(contentDir, SITE_SETTINGS_FILE);
  const withSlugs = (read: typeof entries.posts, collection: 'posts' | 'caseStudies') =>
    read.map((entry) => ({ ...entry, id: entrySlug(entry.file, entry.data, collectionDir(contentDir, collection)) }));
  return {
    today,
    posts: entries.posts,
    caseStudies: entries.caseStudies,
    chartSizes: chartSizes(entries.caseStudies),
    profile: profile && { ...profile, photoSha256 },
    translatedProfiles: profiles.filter((entry) => entry !== profile),
    applications: entries.applications,
    site: settings && { file: siteFile, data: { title: settings.title, url: settings.url } },
    translations: settings && {
      siteFile,
      siteLanguages: settings.languages,
      defaultLanguage: settings.defaultLanguage,
      titledLanguages: Object.keys(settings.translations).filter((language) => settings.translations[language]?.title),
      entries: { 'case-studies': withSlugs(entries.caseStudies, 'caseStudies'), blog: withSlugs(entries.posts, 'posts') },
    },
    cardFonts: { charactersWithout: charactersWithoutCardFont, scripts: CARD_SCRIPTS },
  };
}
