// npm run import -- linkedin <export.zip | folder> [--include-email] [--force]
// Turns LinkedIn's "Get a copy of your data" export into content/profile.md (or $CONTENT_DIR/profile.md)
// and one draft post per article, then lists every field it could not carry over, with the reason.
// Nothing is written when the export has a problem, or when a file exists and --force is not given.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkEntry } from '../src/content-folder/check/check-content.ts';
import { formatProblems } from '../src/lib/content-problems.ts';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import type { ImportNote } from '../src/lib/json-resume/field-tracker.ts';
import { planLinkedInImport } from '../src/content-folder/import/linkedin-import.ts';
import { applyImportPlan } from '../src/content-folder/import/planned-files.ts';

/** One line for the dispatcher's usage message. */
export const usage = 'npm run import -- linkedin <export.zip | folder> [--include-email] [--force]';

/** Imports a LinkedIn export; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { 'include-email': { type: 'boolean' }, force: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`Usage: ${usage}\n--include-email copies your primary email address; --force replaces an existing profile.md and posts.`);
    return 2;
  }
  const [input] = positionals as [string];
  const contentDir = resolveContentDir(process.env, process.cwd());
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  const applied = await applyImportPlan(() => planLinkedInImport(input, contentDir, { includeEmail: values['include-email'] }), {
    force: values.force,
    shown,
    whenExisting: (them) =>
      `Run the command again with --force to replace ${them} (keep a copy first), or set CONTENT_DIR to another folder.`,
  });
  if ('error' in applied) {
    console.error(applied.error);
    return 1;
  }
  const { plan } = applied;

  const list = (notes: ImportNote[]) => notes.map((note) => `  - ${note.path}: ${note.reason}`).join('\n');
  console.log(`Read ${plan.read.length} files of ${input}: ${plan.read.join(', ')}.`);
  console.log(`Wrote ${shown(plan.planned[0]!.file)}.`);
  for (const post of plan.posts)
    console.log(
      `Wrote ${shown(post.file)} (a draft)${post.images > 0 ? `: ${post.images} image${post.images === 1 ? '' : 's'} stayed on LinkedIn, listed at the top of the file` : ''}.`,
    );
  if (plan.adjusted.length > 0)
    console.log(
      `\nCheck ${plan.adjusted.length === 1 ? 'this field' : `these ${plan.adjusted.length} fields`}, changed on the way:\n${list(plan.adjusted)}`,
    );
  if (plan.dropped.length > 0)
    console.log(`\n${plan.dropped.length} field${plan.dropped.length === 1 ? '' : 's'} could not be carried over:\n${list(plan.dropped)}`);
  console.log(
    '\nNever read: phone numbers, connections, messages and the rest of the export. ' +
      'Your LinkedIn address is not in the export: add it under links in profile.md (- { platform: linkedin, url: "https://www.linkedin.com/in/…" }).',
  );

  const problems = (
    await Promise.all(plan.planned.map(({ file }) => checkEntry(file, file === plan.planned[0]!.file ? 'profile' : 'posts', contentDir)))
  ).flat();
  if (problems.length > 0) {
    console.error(`\n${formatProblems(problems, process.cwd())}`);
    return 1;
  }
  console.log('\nRun npm run check, then npm run dev to see it.');
  return 0;
}
