import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSlugs } from '../check/check-content.ts';
import { parseFrontmatter } from '../../lib/frontmatter.ts';

/** The folder of the case study whose address (or folder name) is `slug`, and the addresses there are, for the message when none matches. */
export function caseStudyFolder(contentDir: string, slug: string): { folder?: string; known: string[] } {
  const entries = readSlugs(contentDir, 'caseStudies');
  const found = entries.find((entry) => entry.slug === slug) ?? entries.find((entry) => path.basename(path.dirname(entry.file)) === slug);
  return { folder: found && path.dirname(found.file), known: entries.map((entry) => entry.slug).sort() };
}

/** The charts: field of the case study in `folder` as written (undefined when it has none, or cannot be read). */
export function caseStudyCharts(folder: string): unknown {
  const file = ['index.md', 'index.mdx'].map((name) => path.join(folder, name)).find((candidate) => existsSync(candidate));
  try {
    return file === undefined ? undefined : parseFrontmatter(readFileSync(file, 'utf8')).data.charts;
  } catch {
    return undefined;
  }
}
