// Run by `npm install` (package.json "postinstall"); nothing to do by hand.
//
// Fixes one sign in satori's built files so that marks placed by the font (an Arabic kasra, Thai tone
// marks, the Bengali nukta of য়) are drawn where the font puts them, not mirrored across the letter.
//
// Why: satori (since HarfBuzz shaping, vercel/satori#735) draws each shaped glyph at
// `cursorY + shapedGlyph.dy * scale` (src/font.ts). HarfBuzz measures y upwards and SVG downwards, so
// it must be `cursorY - shapedGlyph.dy * scale`. Upstream: the Thai symptom is vercel/satori#668
// (https://github.com/vercel/satori/issues/668), and vercel/satori#748 works around it for Thai alone;
// no upstream report names the sign yet. tests/social-card/render.test.ts fails without this fix.
// Remove this step (and the postinstall line) once satori draws `cursorY - dy` itself.
//
// Plain JavaScript on purpose: it runs during `npm install`, on whatever Node runs npm.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** satori's entry points (index, standalone, experimental; ESM and CommonJS), relative to its folder. */
export const SATORI_FILES = ['index', 'standalone', 'experimental'].flatMap((name) => [`dist/${name}.js`, `dist/${name}.cjs`]);

// The minified line that places a glyph, e.g. `let K=r+Y.dx*b,z=c+Y.dy*b,`: x = left + dx × scale,
// y = top ± dy × scale, with the same glyph and scale names on both sides.
const NAME = '[\\w$]+';
const GLYPH_POSITION = new RegExp(`let ${NAME}=${NAME}\\+(${NAME})\\.dx\\*(${NAME}),${NAME}=${NAME}([+-])\\1\\.dy\\*\\2,`, 'g');

/**
 * The text of one satori file with the y offset subtracted: `changed` is false when it was subtracted
 * already. Throws unless the line that places a glyph occurs exactly once.
 */
export function fixMarkOffsets(source, file) {
  const matches = [...source.matchAll(GLYPH_POSITION)];
  if (matches.length !== 1) {
    throw new Error(`${file}: the line that places a glyph (like "let K=r+Y.dx*b,z=c+Y.dy*b,") occurs ${matches.length} times, not once.`);
  }
  const [match] = matches;
  if (match[3] === '-') return { source, changed: false };
  const fixed = match[0].replace(`+${match[1]}.dy*`, `-${match[1]}.dy*`);
  return { source: source.slice(0, match.index) + fixed + source.slice(match.index + match[0].length), changed: true };
}

/** Fixes every satori entry point in place, or none; reports what it did, or stops the install with the reason. */
function main() {
  const folder = path.dirname(createRequire(import.meta.url).resolve('satori/package.json'));
  const { version } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const problems = [];
  const fixes = [];
  for (const file of SATORI_FILES) {
    try {
      const result = fixMarkOffsets(readFileSync(path.join(folder, file), 'utf8'), `node_modules/satori/${file}`);
      if (result.changed) fixes.push({ file, source: result.source });
    } catch (error) {
      problems.push(error.code === 'ENOENT' ? `node_modules/satori/${file}: missing.` : error.message);
    }
  }
  if (problems.length > 0) {
    console.error(
      [
        `Could not fix the mark offsets of satori ${version} (scripts/postinstall/satori-mark-offsets.mjs); no file was changed:`,
        ...problems.map((problem) => `  ${problem}`),
        'satori has changed since this fix was written. If social cards now draw marks right',
        '(npm test -- tests/social-card/render.test.ts passes without the fix), remove this script and',
        'its "postinstall" line in package.json; otherwise update the pattern in the script.',
      ].join('\n'),
    );
    process.exit(1);
  }
  for (const { file, source } of fixes) writeFileSync(path.join(folder, file), source);
  const done = fixes.map(({ file }) => file).join(', ');
  console.log(fixes.length > 0 ? `satori ${version}: mark offsets fixed in ${done}.` : `satori ${version}: mark offsets already fixed.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
