/**
 * Files an importer means to write, written all at once only when the import found no problem and
 * none of them would replace a file the user has (unless they said --force): a refused import
 * leaves the content folder as it was.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectionDir } from '../layout.ts';
import { postFileText, type ImportedPost } from '../../lib/import/post-file.ts';
import { ImportInputError } from './export-source.ts';

/** One file to write: its absolute path and its text. */
export interface PlannedFile {
  file: string;
  text: string;
}

/** A draft post an import made, for the report: its file, its title, and how many images stayed behind. */
export interface PlannedPost {
  file: string;
  title: string;
  images: number;
}

/** A draft post an importer made (with the images it left behind), or why it could not make it. */
export type PostResult = { post: ImportedPost; images: readonly string[] } | { problem: string };

/** The posts an import made, as files in the content folder's blog/ folder, and the problems of those it could not make. */
export function plannedPosts(
  contentDir: string,
  results: readonly PostResult[],
): { planned: PlannedFile[]; posts: PlannedPost[]; problems: string[] } {
  const made: ReturnType<typeof plannedPosts> = { planned: [], posts: [], problems: [] };
  for (const result of results) {
    if ('problem' in result) {
      made.problems.push(result.problem);
      continue;
    }
    const file = path.join(collectionDir(contentDir, 'posts'), `${result.post.slug}.md`);
    made.planned.push({ file, text: postFileText(result.post) });
    made.posts.push({ file, title: result.post.title, images: result.images.length });
  }
  return made;
}

/** Every planned file, creating folders as needed. */
function writePlannedFiles(planned: readonly PlannedFile[]): void {
  for (const { file, text } of planned) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/**
 * Makes an import's plan and writes it; or, when the input is not what was expected, the plan has
 * problems, or a planned file exists and `force` is off, says why nothing was written.
 */
export async function applyImportPlan<Plan extends { planned: PlannedFile[]; problems: string[] }>(
  makePlan: () => Promise<Plan>,
  options: { force?: boolean; shown: (file: string) => string; whenExisting: (them: 'it' | 'them') => string },
): Promise<{ plan: Plan } | { error: string }> {
  let plan: Plan;
  try {
    plan = await makePlan();
  } catch (error) {
    if (error instanceof ImportInputError) return { error: `${error.message}\nNothing was written.` };
    throw error;
  }
  if (plan.problems.length > 0) {
    const count = plan.problems.length === 1 ? 'this' : `these ${plan.problems.length} problems`;
    return {
      error: `Nothing was written. Fix ${count} and run the import again:\n${plan.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    };
  }
  const existing = plan.planned.filter(({ file }) => existsSync(file)).map(({ file }) => options.shown(file));
  if (existing.length > 0 && !options.force) {
    return {
      error: `Nothing was written: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}. ${options.whenExisting(existing.length === 1 ? 'it' : 'them')}`,
    };
  }
  writePlannedFiles(plan.planned);
  return { plan };
}
