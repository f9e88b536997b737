// npm run check — validates every content file without building, then reviews the portfolio as a
// hiring manager would and lists what a push would make public (image metadata, hidden regions
// still in the files, MDX that acts as code). Problems are errors (exit 1); advice is not.
// It reads content only: the project's own TypeScript is checked by `npm run typecheck` (CI runs it).
//   npm run check -- --format json    prints the problems as JSON (file, line, field, message)
//   npm run check -- --format github  prints a GitHub annotation per problem and writes the job summary
import { appendFileSync, readFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { stopWhenNpmTookOptions } from './shared/npm-options.ts';

// Node keeps the compiled, type-stripped code of the modules below in its cache folder, which
// takes a third off every later check (npm run bench times it). It applies to modules loaded
// after this line, hence import() instead of import declarations.
enableCompileCache();
stopWhenNpmTookOptions();
const [
  { inspectContent },
  { reviewInput },
  { formatProblems },
  { resolveContentDir },
  { readSiteSettings },
  { reviewPortfolio, sampleAdvice },
  { privacyWarnings },
  { githubAnnotations, problemSummary, reportedProblems },
  { fieldLine },
] = await Promise.all([
  import('../src/content-folder/check/check-content.ts'),
  import('../src/content-folder/check/review-input.ts'),
  import('../src/lib/content-problems.ts'),
  import('../src/content-folder/layout.ts'),
  import('../src/content-folder/site-settings.ts'),
  import('../src/lib/portfolio-review.ts'),
  import('../src/content-folder/privacy/privacy-review.ts'),
  import('../src/lib/github-report.ts'),
  import('../src/lib/problem-lines.ts'),
]);

const contentDir = resolveContentDir(process.env, process.cwd());
const { problems, entries } = await inspectContent(contentDir, process.env);
const format = process.argv[process.argv.indexOf('--format') + 1];
if (process.argv.includes('--format')) {
  const lineOf = (problem: { file: string; field: string }) => {
    try {
      return fieldLine(readFileSync(problem.file, 'utf8'), problem.field);
    } catch {
      return 1;
    }
  };
  const reported = reportedProblems(problems, process.cwd(), lineOf);
  if (format === 'json') console.log(JSON.stringify({ problems: reported }, null, 2));
  else if (format === 'github') {
    for (const annotation of githubAnnotations(reported)) console.log(annotation);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, problemSummary(reported));
    if (problems.length > 0) console.error(formatProblems(problems, process.cwd()));
  } else {
    console.error(`--format takes json or github, not ${format ?? 'nothing'}.`);
    process.exit(2);
  }
  process.exit(problems.length > 0 ? 1 : 0);
}
if (problems.length > 0) {
  console.error(formatProblems(problems, process.cwd()));
  process.exit(1);
}
console.log(`Content in ${path.relative(process.cwd(), contentDir) || '.'}/: no problems found.`);

const { settings } = readSiteSettings(contentDir, process.env);
const input = reviewInput(contentDir, entries, settings, new Date());
const printAdvice = (heading: string, advice: { file?: string; message: string }[]) => {
  if (advice.length === 0) return;
  console.log(`\n${heading}`);
  for (const item of advice) console.log(`  - ${item.file ? `${path.relative(process.cwd(), item.file)}: ` : ''}${item.message}`);
};
printAdvice('Still the sample portfolio: replace these with your own (advice, not errors):', sampleAdvice(input));
printAdvice('Advice, reading your portfolio as a hiring manager would (not errors):', reviewPortfolio(input));

const privacy = await privacyWarnings(contentDir, path.resolve('public'));
if (privacy.length > 0) {
  console.log(`\nBefore you push: what your repository or site would show (privacy advice, not errors):`);
  for (const item of privacy) console.log(`  - ${path.relative(process.cwd(), item.file)}: ${item.message}`);
}
