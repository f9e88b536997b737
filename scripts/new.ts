// npm run new -- post "Title"            creates content/blog/<slug>.md
// npm run new -- case-study "Title"      creates content/case-studies/<slug>/index.md
// npm run new -- application "Company"   creates content/applications/<company>-<random>.md
// npm run new -- profile "Your Name"     creates content/profile.md (profile.<code>.md with --language)
// Options: --language <code>  the entry's language, one the site offers (default: its default language)
// The new entry is a draft with every field explained; it never overwrites an existing file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir, SITE_SETTINGS_FILE } from '../src/content-folder/layout.ts';
import { isoDate } from '../src/lib/dates.ts';
import { SCAFFOLD_KINDS, scaffoldEntry, type ScaffoldKind } from '../src/lib/scaffold.ts';
import { readSiteSettings } from '../src/content-folder/site-settings.ts';
import { stopWhenNpmTookOptions } from './shared/npm-options.ts';

stopWhenNpmTookOptions();

const usage = `Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> "Title" [--language <code>]
Examples: npm run new -- post "What I learnt moderating 10,000 members"
          npm run new -- post "Ang natutunan ko" --language tl
          npm run new -- profile "Maria Santos"`;

function parseArguments() {
  try {
    return parseArgs({ options: { language: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
const { values, positionals } = parseArguments();
const [kind, ...titleWords] = positionals;
const title = titleWords.join(' ').trim();
if (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind) || !title) {
  console.error(usage);
  process.exit(2);
}
const contentDir = resolveContentDir(process.env, process.cwd());
const { settings } = readSiteSettings(contentDir, process.env);
const defaultLanguage = settings?.defaultLanguage ?? 'en';
const offered = settings?.languages ?? [defaultLanguage];
// Language codes are compared as BCP 47 compares them, ignoring case: TL is tl.
const language =
  values.language === undefined ? defaultLanguage : offered.find((code) => code.toLowerCase() === values.language!.trim().toLowerCase());
if (!language) {
  const siteFile = path.relative(process.cwd(), path.join(contentDir, SITE_SETTINGS_FILE));
  console.error(
    `"${values.language}" is not one of this site's languages, which are: ${offered.join(', ')}. Use one of those, or first add it to languages: in ${siteFile}.`,
  );
  process.exit(2);
}
const today = isoDate(new Date());
// A random suffix keeps an application's address unguessable.
const entry = scaffoldEntry({
  kind: kind as ScaffoldKind,
  title,
  date: today,
  language,
  defaultLanguage,
  suffix: randomBytes(3).toString('hex'),
});
const file = path.join(contentDir, entry.relativePath);
if (existsSync(file)) {
  const shown = path.relative(process.cwd(), file);
  // A profile has no title to change: there is one per language.
  const message =
    kind === 'profile'
      ? `${shown} already exists: it is your profile, so edit that file (nothing was written).${values.language === undefined ? ` For your profile in another language: npm run new -- profile "${title}" --language <code>.` : ''}`
      : `${shown} already exists; choose another title or edit that file.`;
  console.error(message);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, entry.text);
const note = kind === 'post' || kind === 'case-study' ? ' (a draft: set draft: false to publish it)' : '';
console.log(`Created ${path.relative(process.cwd(), file)}${note}.`);
