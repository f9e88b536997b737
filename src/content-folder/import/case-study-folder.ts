import path from 'node:path';
import { readSlugs } from '../check/check-content.ts';

/** The folder of the case study whose address (or folder name) is `slug`, and the addresses there are, for the message when none matches. */
export function caseStudyFolder(contentDir: string, slug: string): { folder?: string; known: string[] } {
  const entries = readSlugs(contentDir, 'caseStudies');
  const found = entries.find((entry) => entry.slug === slug) ?? entries.find((entry) => path.basename(path.dirname(entry.file)) === slug);
  return { folder: found && path.dirname(found.file), known: entries.map((entry) => entry.slug).sort() };
}
