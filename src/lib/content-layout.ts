import path from 'node:path';

/** Where each collection lives inside the content folder, shared by Astro's loaders and the checker. */
export const COLLECTION_LAYOUT = {
  profile: { base: '.', pattern: 'profile{,.*}.{md,mdx}' },
  caseStudies: { base: 'case-studies', pattern: '*/index.{md,mdx}' },
  posts: { base: 'blog', pattern: '**/*.{md,mdx}' },
  applications: { base: 'applications', pattern: '*.{md,mdx}' },
} as const;

/** Name of the site settings file at the top of the content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The content folder: `CONTENT_DIR` (relative to the project) or `content/`, as an absolute path. */
export function resolveContentDir(environment: Record<string, string | undefined>, projectRoot: string): string {
  return path.resolve(projectRoot, environment.CONTENT_DIR?.trim() || 'content');
}

/** A short, stable name for a content folder, used to keep Astro caches of different sites apart. */
export function contentDirKey(contentDir: string): string {
  let hash = 2166136261;
  for (const character of contentDir) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return `${path.basename(contentDir).replace(/[^\w-]/g, '_')}-${hash.toString(36)}`;
}
