/**
 * `npm run import -- linkedin`: the export read, mapped to profile.md and draft posts, and planned
 * as files in the content folder. Nothing is written here; the command writes the plan only when
 * it has no problem and replaces nothing without --force.
 */
import path from 'node:path';
import type { ImportNote } from '../../lib/json-resume/field-tracker.ts';
import { profileFileText } from '../../lib/json-resume/profile-file.ts';
import { importLinkedInArticle } from '../../lib/import/linkedin/article.ts';
import { importLinkedInProfile } from '../../lib/import/linkedin/profile.ts';
import { openExport } from './export-source.ts';
import { readLinkedInExport } from './linkedin-export.ts';
import { plannedPost, type PlannedFile, type PlannedPost } from './planned-files.ts';

/** What the import would write, what it read, and what it left out or changed. */
export interface LinkedInImportPlan {
  planned: PlannedFile[];
  /** Files of the export that were read. */
  read: string[];
  dropped: ImportNote[];
  adjusted: ImportNote[];
  /** The draft posts, with how many images each left on LinkedIn. */
  posts: PlannedPost[];
  /** Anything here means nothing may be written. */
  problems: string[];
}

/** Reads the export at `input` and plans profile.md and one draft post per article. */
export async function planLinkedInImport(input: string, contentDir: string, options: { includeEmail?: boolean } = {}): Promise<LinkedInImportPlan> {
  const source = await openExport(input);
  try {
    const exported = await readLinkedInExport(source);
    const imported = importLinkedInProfile(exported.tables, options);
    const problems = [...exported.problems, ...imported.problems];
    const planned: PlannedFile[] = [{ file: path.join(contentDir, 'profile.md'), text: profileFileText(imported.profile, imported.bio, `your LinkedIn export (${path.basename(input)})`, 'linkedin') }];
    const posts: PlannedPost[] = [];
    const adjusted = [...imported.adjusted];
    const slugs = new Set<string>();
    for (const article of exported.articles) {
      const result = importLinkedInArticle(article.html, article.file, slugs);
      if ('problem' in result) {
        problems.push(result.problem);
        continue;
      }
      const { planned: file, summary } = plannedPost(contentDir, result.post, result.images.length);
      planned.push(file);
      posts.push(summary);
      if (result.note) adjusted.push({ path: article.file, reason: result.note });
    }
    return { planned, read: [...exported.read, ...exported.articles.map((article) => article.file)], dropped: imported.dropped, adjusted, posts, problems };
  } finally {
    source.close();
  }
}
