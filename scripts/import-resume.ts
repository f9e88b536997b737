// npm run import -- resume <resume.json> [--force]
// Turns a JSON Resume (https://jsonresume.org) into content/profile.md (or $CONTENT_DIR/profile.md),
// then lists every field it could not carry over and every field it had to change.
// It never replaces an existing profile.md unless --force is given.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkEntry } from '../src/content-folder/check/check-content.ts';
import { formatProblems } from '../src/lib/content-problems.ts';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import type { ImportNote } from '../src/lib/json-resume/field-tracker.ts';
import { importJsonResume } from '../src/lib/json-resume/import.ts';
import { profileFileText } from '../src/lib/json-resume/profile-file.ts';
import { readSiteSettings } from '../src/content-folder/site-settings.ts';

/** One line for the dispatcher's usage message. */
export const usage = 'npm run import -- resume <resume.json> [--force]';

/** Imports a JSON Resume into the profile; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const [source, ...extra] = args.filter((arg) => arg !== '--force');
  if (!source || extra.length > 0 || source.startsWith('-')) {
    console.error('Usage: npm run import -- resume <resume.json> [--force]\n--force replaces an existing profile.md.');
    return 2;
  }

  let resume: unknown;
  try {
    resume = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    console.error(missing ? `${source} does not exist.` : `${source} cannot be read as JSON: ${(error as Error).message}`);
    return 1;
  }

  const contentDir = resolveContentDir(process.env, process.cwd());
  const file = path.join(contentDir, 'profile.md');
  const shown = path.relative(process.cwd(), file) || file;
  if (existsSync(file) && !force) {
    console.error(
      `${shown} already exists. Run the command again with --force to replace it (keep a copy first), or set CONTENT_DIR to another folder.`,
    );
    return 1;
  }

  const siteUrl = readSiteSettings(contentDir, process.env).settings?.url;
  const imported = importJsonResume(resume, { siteUrl });
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(file, profileFileText(imported.profile, imported.bio, path.basename(source)));

  const list = (notes: ImportNote[]) => notes.map((note) => `  - ${note.path}: ${note.reason}`).join('\n');
  console.log(`Wrote ${shown} from ${source}.`);
  if (imported.adjusted.length > 0)
    console.log(
      `\nCheck ${imported.adjusted.length === 1 ? 'this field' : `these ${imported.adjusted.length} fields`}, changed on the way:\n${list(imported.adjusted)}`,
    );
  if (imported.dropped.length > 0)
    console.log(
      `\n${imported.dropped.length} field${imported.dropped.length === 1 ? '' : 's'} could not be carried over:\n${list(imported.dropped)}`,
    );
  else console.log('\nEvery field was carried over.');

  const problems = await checkEntry(file, 'profile', contentDir);
  if (problems.length > 0) {
    console.error(`\n${formatProblems(problems, process.cwd())}`);
    return 1;
  }
  console.log('\nRun npm run check, then npm run dev to see it.');
  return 0;
}
