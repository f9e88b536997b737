// npm run import -- x <archive.zip | folder> --case-study <slug> [--since YYYY-MM-DD] [--until YYYY-MM-DD]
//   [--time-zone Area/City] [--include-replies] [--include-reposts] [--thread <id> …] [--out x-posts.csv] [--force]
// Turns your own posts in an X archive into a series CSV beside a case study (likes, reposts and
// replies per post, at the time you posted), and chosen threads into draft blog posts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkEntry } from '../src/content-folder/check/check-content.ts';
import { formatProblems } from '../src/lib/content-problems.ts';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import { applyImportPlan } from '../src/content-folder/import/planned-files.ts';
import { planXImport } from '../src/content-folder/import/x-import.ts';
import { caseStudyCharts } from '../src/content-folder/import/case-study-folder.ts';
import { chartSuggestion } from '../src/lib/import/chart-suggestion.ts';

/** One line for the dispatcher's usage message. */
export const usage =
  'npm run import -- x <archive.zip | folder> --case-study <slug> [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--time-zone Area/City] [--include-replies] [--include-reposts] [--thread <id> …] [--out x-posts.csv] [--force]';

/** Imports an X archive; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'case-study': { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        'time-zone': { type: 'string' },
        'include-replies': { type: 'boolean' },
        'include-reposts': { type: 'boolean' },
        thread: { type: 'string', multiple: true },
        out: { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || (!values['case-study'] && !values.thread)) {
    console.error(`Usage: ${usage}\nGive --case-study <slug> for the series CSV, --thread <id> for a draft post, or both.`);
    return 2;
  }
  const [input] = positionals as [string];
  const contentDir = resolveContentDir(process.env, process.cwd());
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  const options = {
    caseStudy: values['case-study'],
    out: values.out,
    threads: values.thread,
    since: values.since,
    until: values.until,
    timeZone: values['time-zone'],
    includeReplies: values['include-replies'],
    includeReposts: values['include-reposts'],
  };
  const applied = await applyImportPlan(() => planXImport(input, contentDir, options), {
    force: values.force,
    shown,
    whenExisting: (them) => `Run again with --force to replace ${them}, or choose another name with --out.`,
  });
  if ('error' in applied) {
    console.error(applied.error);
    return 1;
  }
  const { plan } = applied;

  console.log(`Read ${plan.read.join(', ')} from ${input}.`);
  if (plan.series) {
    const { left, rowCount, columns, file } = plan.series;
    const many = (count: number, one: string, more: string) => `${count} ${count === 1 ? one : more}`;
    const leftOut = [
      left.replies > 0 && `${many(left.replies, 'reply', 'replies')} to others (--include-replies counts them)`,
      left.threadPosts > 0 && `${many(left.threadPosts, 'later post', 'later posts')} of threads (each thread counts once)`,
      left.reposts > 0 && `${many(left.reposts, 'repost', 'reposts')} of others' posts (--include-reposts counts them)`,
      left.edits > 0 &&
        `${many(left.edits, 'edited version', 'edited versions')} (added to the post ${left.edits === 1 ? 'it edits' : 'they edit'})`,
      left.outsidePeriod > 0 && `${many(left.outsidePeriod, 'post', 'posts')} outside --since/--until`,
    ].filter(Boolean);
    console.log(
      `Wrote ${shown(file)}: ${rowCount} posts; columns date, ${columns.join(', ')}; times in ${values['time-zone'] ?? "UTC (add --time-zone Area/City for your audience's clock)"}.`,
    );
    if (leftOut.length > 0) console.log(`Left out: ${leftOut.join('; ')}.`);
    const name = path.basename(file);
    console.log(
      chartSuggestion(caseStudyCharts(path.dirname(file)), [
        `  - { type: line, file: ./${name}, measure: likes, title: "Likes per post on X" }`,
        `  - { type: heatmap, file: ./${name}, measure: likes, title: "Best time to post: likes by weekday and hour" }`,
      ]),
    );
  }
  for (const post of plan.posts)
    console.log(
      `Wrote ${shown(post.file)} (a draft)${post.images > 0 ? `: ${post.images} picture${post.images === 1 ? '' : 's'} stayed on X, listed at the top of the file` : ''}.`,
    );

  const problems = (await Promise.all(plan.posts.map(({ file }) => checkEntry(file, 'posts', contentDir)))).flat();
  if (problems.length > 0) {
    console.error(`\n${formatProblems(problems, process.cwd())}`);
    return 1;
  }
  return 0;
}
