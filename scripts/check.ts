// npm run check — validates every content file without building, then reviews the portfolio as a
// hiring manager would and lists what a push would make public (image metadata, hidden regions
// still in the files, MDX that acts as code). Problems are errors (exit 1); advice is not.
// It reads content only: the project's own TypeScript is checked by `npm run typecheck` (CI runs it).
import { enableCompileCache } from 'node:module';
import path from 'node:path';

// Node keeps the compiled, type-stripped code of the modules below in its cache folder, which
// takes a third off every later check (npm run bench times it). It applies to modules loaded
// after this line, hence import() instead of import declarations.
enableCompileCache();
const [{ checkContent, readEntries }, { formatProblems }, { resolveContentDir, SITE_SETTINGS_FILE }, { readSiteSettings }, { reviewPortfolio }, { CARD_SCRIPTS, charactersWithoutCardFont }, { privacyWarnings }] = await Promise.all([
  import('../src/content-folder/check/check-content.ts'),
  import('../src/lib/content-problems.ts'),
  import('../src/content-folder/layout.ts'),
  import('../src/content-folder/site-settings.ts'),
  import('../src/lib/portfolio-review.ts'),
  import('../src/social-card/fonts.ts'),
  import('../src/content-folder/privacy/privacy-review.ts'),
]);

const contentDir = resolveContentDir(process.env, process.cwd());
const problems = await checkContent(contentDir, process.env);
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

const privacy = await privacyWarnings(contentDir, path.resolve('public'));
if (privacy.length > 0) {
  console.log(`\nBefore you push: what your repository or site would show (privacy advice, not errors):`);
  for (const item of privacy) console.log(`  - ${path.relative(process.cwd(), item.file)}: ${item.message}`);
}
