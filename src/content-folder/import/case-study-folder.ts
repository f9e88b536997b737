/**
 * Where an importer writes a series CSV: beside the index.md of the case study named on the command
 * line (`--case-study <slug>`), under the file name `--out` gives. One message for each mistake,
 * whichever importer (metrics, x) made it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSlugs } from '../check/check-content.ts';
import { readEntryFile } from '../entry-file.ts';

/** The folder of the case study whose address (or folder name) is `slug`, or a problem naming the addresses there are. */
export function caseStudyFolder(
  contentDir: string,
  slug: string,
): { folder: string; problem?: undefined } | { folder?: undefined; problem: string } {
  const entries = readSlugs(contentDir, 'caseStudies');
  const found = entries.find((entry) => entry.slug === slug) ?? entries.find((entry) => path.basename(path.dirname(entry.file)) === slug);
  if (found) return { folder: path.dirname(found.file) };
  const known = entries.map((entry) => entry.slug).sort();
  return { problem: `No case study "${slug}". Known: ${known.join(', ') || 'none yet (npm run new -- case-study "Title")'}.` };
}

/** Why `name` (from --out) cannot be the name of a CSV file written beside a case study's index.md, or undefined. */
export function csvFileNameProblem(name: string): string | undefined {
  return path.basename(name) === name && name.endsWith('.csv')
    ? undefined
    : `--out ${name}: give a file name ending in .csv; it is written beside the case study's index.md.`;
}

/** The charts: field of the case study in `folder` as written (undefined when it has none, or cannot be read). */
export function caseStudyCharts(folder: string): unknown {
  const file = ['index.md', 'index.mdx'].map((name) => path.join(folder, name)).find((candidate) => existsSync(candidate));
  return file === undefined ? undefined : readEntryFile(file).data?.charts;
}
