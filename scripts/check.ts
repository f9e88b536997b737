// npm run check — validates every content file and the TypeScript, without building, then
// reviews the portfolio as a hiring manager would and lists what a push would make public (image
// metadata, hidden regions still in the files, MDX that acts as code). Problems are errors (exit 1);
// advice is not.
//   npm run check -- --content-only   skips the TypeScript check
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkContent, entrySlug, readEntries } from '../src/content-folder/check/check-content.ts';
import { formatProblems } from '../src/lib/content-problems.ts';
import { collectionDir, resolveContentDir, SITE_SETTINGS_FILE } from '../src/content-folder/layout.ts';
import { readSiteSettings } from '../src/content-folder/site-settings.ts';
import { reviewPortfolio } from '../src/lib/portfolio-review.ts';
import { CARD_SCRIPTS, charactersWithoutCardFont } from '../src/social-card/fonts.ts';
import { privacyWarnings } from '../src/content-folder/privacy/privacy-review.ts';

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
const posts = readEntries(contentDir, 'posts');
const caseStudies = readEntries(contentDir, 'caseStudies');
const withSlugs = (entries: typeof posts, collection: 'posts' | 'caseStudies') =>
  entries.map((entry) => ({ ...entry, id: entrySlug(entry.file, entry.data, collectionDir(contentDir, collection)) }));
const advice = reviewPortfolio({
  today: new Date(),
  posts,
  caseStudies,
  profile,
  translatedProfiles: profiles.filter((entry) => entry !== profile),
  applications: readEntries(contentDir, 'applications'),
  site: settings && { file: path.join(contentDir, SITE_SETTINGS_FILE), data: { title: settings.title } },
  translations: settings && {
    siteFile: path.join(contentDir, SITE_SETTINGS_FILE),
    siteLanguages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    titledLanguages: Object.keys(settings.translations).filter((language) => settings.translations[language]?.title),
    entries: { 'case-studies': withSlugs(caseStudies, 'caseStudies'), blog: withSlugs(posts, 'posts') },
  },
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

if (!process.argv.includes('--content-only')) {
  const types = spawnSync(process.execPath, [path.join('node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  process.exit(types.status ?? 1);
}
