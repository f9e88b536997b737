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
import { plannedPosts, type PlannedFile, type PlannedPost } from './planned-files.ts';

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
export async function planLinkedInImport(
  input: string,
  contentDir: string,
  options: { includeEmail?: boolean } = {},
): Promise<LinkedInImportPlan> {
  const source = await openExport(input);
  try {
    const exported = await readLinkedInExport(source);
    const imported = importLinkedInProfile(exported.tables, options);
    const profile: PlannedFile = {
      file: path.join(contentDir, 'profile.md'),
      text: profileFileText(imported.profile, imported.bio, `your LinkedIn export (${path.basename(input)})`, 'linkedin'),
    };
    const slugs = new Set<string>();
    const articles = exported.articles.map((article) => ({
      file: article.file,
      result: importLinkedInArticle(article.html, article.file, slugs),
    }));
    const posts = plannedPosts(
      contentDir,
      articles.map(({ result }) => result),
    );
    const notes = articles.flatMap(({ file, result }) => ('note' in result && result.note ? [{ path: file, reason: result.note }] : []));
    return {
      planned: [profile, ...posts.planned],
      read: [...exported.read, ...exported.articles.map((article) => article.file)],
      dropped: imported.dropped,
      adjusted: [...imported.adjusted, ...notes],
      posts: posts.posts,
      problems: [...exported.problems, ...imported.problems, ...posts.problems],
    };
  } finally {
    source.close();
  }
}
