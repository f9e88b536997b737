// npm run check — validates every content file and the TypeScript, without building, then
// reviews the portfolio as a hiring manager would. Problems are errors (exit 1); advice is not.
//   npm run check -- --content-only   skips the TypeScript check
//   npm run check -- --format json    prints the problems as JSON (file, line, field, message)
//   npm run check -- --format github  prints a GitHub annotation per problem and writes the job summary
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { githubAnnotations, problemSummary, reportedProblems } from '../src/lib/content-check/github-report.ts';
import { fieldLine } from '../src/lib/content-check/problem-lines.ts';
import { checkContent, readEntries } from '../src/lib/content-check/check-content.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { resolveContentDir, SITE_SETTINGS_FILE } from '../src/lib/content-layout.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';
import { reviewPortfolio } from '../src/lib/portfolio-review.ts';
import { CARD_SCRIPTS, charactersWithoutCardFont } from '../src/lib/social-card/fonts.ts';

const contentDir = resolveContentDir(process.env, process.cwd());
const problems = await checkContent(contentDir, process.env);
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

const profiles = readEntries(contentDir, 'profile');
const profile = profiles.find((entry) => !entry.data.language) ?? profiles[0];
const { settings } = readSiteSettings(contentDir, process.env);
const advice = reviewPortfolio({
  today: new Date(),
  posts: readEntries(contentDir, 'posts'),
  caseStudies: readEntries(contentDir, 'caseStudies'),
  profile,
  translatedProfiles: profiles.filter((entry) => entry !== profile),
  applications: readEntries(contentDir, 'applications'),
  site: settings && { file: path.join(contentDir, SITE_SETTINGS_FILE), data: { title: settings.title } },
  cardFonts: { charactersWithout: charactersWithoutCardFont, scripts: CARD_SCRIPTS },
});
if (advice.length > 0) {
  console.log(`\nAdvice, reading your portfolio as a hiring manager would (not errors):`);
  for (const item of advice) console.log(`  - ${item.file ? `${path.relative(process.cwd(), item.file)}: ` : ''}${item.message}`);
}

if (!process.argv.includes('--content-only')) {
  const types = spawnSync(process.execPath, [path.join('node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  process.exit(types.status ?? 1);
}
