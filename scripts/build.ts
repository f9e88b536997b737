// npm run build — builds the site into dist/ (or $COMMFOLIO_OUT_DIR), and prints the CV to cv.pdf
// when site.yaml (or CV_PDF=true) says cvPdf: true, since the CV page then links it.
// Astro writes into a staging folder; only a complete, successful build replaces the output,
// so a failed build never leaves a half-built site where a deploy would pick it up.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { CONTENT_CHECKED, resolveContentDir } from '../src/lib/content-layout.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';

// Run Astro's own entry point with this Node, whatever is first on PATH.
const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const outDir = path.resolve(process.env.COMMFOLIO_OUT_DIR || 'dist');
const shownOutDir = `${path.relative(process.cwd(), outDir) || '.'}/`;
const kept = () => (existsSync(outDir) ? `${shownOutDir} still holds the previous successful build` : `${shownOutDir} was not created`);

// The same check runs inside Astro for astro dev and astro build; here it prints without a stack
// trace, and Astro is told that this content folder is checked.
const contentDir = resolveContentDir(process.env, process.cwd());
const problems = await checkContent(contentDir, process.env);
if (problems.length > 0) {
  console.error(`${formatProblems(problems, process.cwd())}\n\nNothing was built; ${kept()}.`);
  process.exit(1);
}

const stagingDir = `${outDir}.partial`;
rmSync(stagingDir, { recursive: true, force: true });

const astro = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, COMMFOLIO_OUT_DIR: stagingDir, ASTRO_TELEMETRY_DISABLED: '1', [CONTENT_CHECKED]: contentDir },
});

if (astro.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nThe build failed (see above); ${kept()}.`);
  process.exit(astro.status ?? 1);
}
if (readSiteSettings(contentDir, process.env).settings?.cvPdf) {
  const pdf = spawnSync(process.execPath, [path.join(import.meta.dirname, 'cv-pdf.ts')], { stdio: 'inherit', env: { ...process.env, COMMFOLIO_OUT_DIR: stagingDir } });
  if (pdf.status !== 0) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\nThe CV page links cv.pdf (cvPdf: true), but it could not be printed (see above); ${kept()}. Install Chromium, or set cvPdf: false.`);
    process.exit(pdf.status ?? 1);
  }
}
rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
console.log(`\nThe site is ready in ${shownOutDir}.`);
