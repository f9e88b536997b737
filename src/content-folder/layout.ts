import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { textHash } from '../lib/hash.ts';

/** Where each collection lives inside the content folder, shared by Astro's loaders and the checker. */
export const COLLECTION_LAYOUT = {
  profile: { base: '.', pattern: 'profile{,.*}.{md,mdx}' },
  caseStudies: { base: 'case-studies', pattern: '*/index.{md,mdx}' },
  posts: { base: 'blog', pattern: '**/*.{md,mdx}' },
  applications: { base: 'applications', pattern: '*.{md,mdx}' },
} as const;

/** The folder of a collection in a content folder. */
export function collectionDir(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): string {
  return path.join(contentDir, COLLECTION_LAYOUT[collection].base);
}

/** The Markdown files of a collection, as absolute paths, sorted. */
export function collectionFiles(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): string[] {
  return globSync(COLLECTION_LAYOUT[collection].pattern, { cwd: collectionDir(contentDir, collection), absolute: true }).sort();
}

/**
 * Whether a collection has any Markdown file. The applications folder is optional and usually
 * empty; Astro warns about an empty collection on every page that asks for it.
 */
export function hasEntries(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): boolean {
  return collectionFiles(contentDir, collection).length > 0;
}

/** Name of the site settings file at the top of the content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The content folder: `CONTENT_DIR` (relative to the project) or `content/`, as an absolute path. */
export function resolveContentDir(environment: Record<string, string | undefined>, projectRoot: string): string {
  return path.resolve(projectRoot, environment.CONTENT_DIR?.trim() || 'content');
}

/** A short, stable name for a content folder, used to keep Astro caches of different sites apart. */
export function contentDirKey(contentDir: string): string {
  return `${path.basename(contentDir).replace(/[^\w-]/g, '_')}-${textHash(contentDir)}`;
}

/**
 * A short hash of the schema sources. Astro keeps parsed entries in its cache and re-parses them
 * only when content.config.ts itself changes, so a schema change (a Commfolio upgrade) would
 * otherwise leave entries shaped by the old schema; the cache folder is keyed by this hash too.
 */
export function schemaVersionKey(projectRoot: string): string {
  const folder = path.join(projectRoot, 'src', 'schemas');
  const sources = [
    path.join(projectRoot, 'src', 'content.config.ts'),
    ...readdirSync(folder)
      .sort()
      .map((name) => path.join(folder, name)),
  ];
  return textHash(sources.map((file) => readFileSync(file, 'utf8')).join('\0'));
}

/** The variable scripts/build.ts sets, for Astro, to the content folder it has just checked. */
export const CONTENT_CHECKED = 'COMMFOLIO_CONTENT_CHECKED';
