// npm run new -- post "Title"        creates content/blog/<slug>.md
// npm run new -- case-study "Title"  creates content/case-studies/<slug>/index.md
// npm run new -- application "Company" creates content/applications/<company>-<random>.md
// The new entry is a draft with every field explained; it never overwrites an existing file.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import { isoDate } from '../src/lib/dates.ts';
import { SCAFFOLD_KINDS, scaffoldEntry, type ScaffoldKind } from '../src/lib/scaffold.ts';
import { readSiteSettings } from '../src/content-folder/site-settings.ts';

const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind) || !title) {
  console.error(`Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> "Title"\nExample: npm run new -- post "What I learnt moderating 10,000 members"`);
  process.exit(2);
}
const contentDir = resolveContentDir(process.env, process.cwd());
const language = readSiteSettings(contentDir, process.env).settings?.defaultLanguage ?? 'en';
const today = isoDate(new Date());
// A random suffix keeps an application's address unguessable.
const entry = scaffoldEntry(kind as ScaffoldKind, title, today, language, randomBytes(3).toString('hex'));
const file = path.join(contentDir, entry.relativePath);
if (existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists; choose another title or edit that file.`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, entry.text);
console.log(`Created ${path.relative(process.cwd(), file)}${kind === 'application' ? '' : ' (a draft: set draft: false to publish it)'}.`);
