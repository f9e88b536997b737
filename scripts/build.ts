// npm run build — builds the site into dist/ (or $COMMFOLIO_OUT_DIR), and prints the CV to cv.pdf
// when site.yaml (or CV_PDF=true) says cvPdf: true, since the CV page then links it.
// Astro writes into a staging folder of this build's own; only a complete, successful build replaces
// the output, by renaming (scripts/shared/build-output.ts), so a failed, stopped or killed build never
// leaves a half-built site where a deploy would pick it up. One build runs at a time per project.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkContent } from '../src/content-folder/check/check-content.ts';
import { formatProblems } from '../src/lib/content-problems.ts';
import { CONTENT_CHECKED, resolveContentDir } from '../src/content-folder/layout.ts';
import { readSiteSettings } from '../src/content-folder/site-settings.ts';
import { acquireBuildLock, checkpoint, finishSwap, recoverOutput, stagingFolder, swapIn, type OutputStage } from './shared/build-output.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
// Run Astro's own entry point with this Node, whatever is first on PATH.
const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const outDir = path.resolve(process.env.COMMFOLIO_OUT_DIR || 'dist');
const shownOutDir = `${path.relative(process.cwd(), outDir) || '.'}/`;
const kept = () => (existsSync(outDir) ? `${shownOutDir} still holds the previous successful build` : `${shownOutDir} was not created`);

// Astro's generated files (.astro/) and caches (node_modules/.astro/) are the project's: one build at a time.
const releaseLock = await acquireBuildLock(path.join(projectRoot, 'node_modules', '.commfolio', 'build.lock'), outDir, (holder) => {
  console.log(
    `Another build of this project is running (process ${holder.pid}, started ${new Date(holder.started).toLocaleTimeString()}, writing ${path.relative(process.cwd(), holder.outDir) || '.'}/). This build starts when it ends; press Ctrl-C to stop waiting.`,
  );
});
if (recoverOutput(outDir))
  console.log(`An earlier build was stopped while it replaced ${shownOutDir}: the site it replaced is back in ${shownOutDir}.`);

const stagingDir = stagingFolder(outDir);
let stage: OutputStage = 'building';
let previous = '';
let child: ReturnType<typeof spawn> | undefined;

// Ctrl-C (SIGINT) or a CI's cancel (SIGTERM): stop Astro and remove what it wrote; during the swap,
// which takes milliseconds, finish it first. Either way a complete site stays in the output folder.
const stop = (signal: NodeJS.Signals) => {
  child?.kill(signal);
  if (stage === 'building') rmSync(stagingDir, { recursive: true, force: true });
  else finishSwap(stage, stagingDir, outDir, previous);
  releaseLock();
  console.error(
    `\nThe build was stopped (${signal}); ${stage === 'building' ? kept() : `${shownOutDir} holds the new site, which was complete`}.`,
  );
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// The same check runs inside Astro for astro dev and astro build; here it prints without a stack
// trace, and Astro is told that this content folder is checked.
const contentDir = resolveContentDir(process.env, process.cwd());
const problems = await checkContent(contentDir, process.env);
if (problems.length > 0) {
  releaseLock();
  console.error(`${formatProblems(problems, process.cwd())}\n\nNothing was built; ${kept()}.`);
  process.exit(1);
}
await checkpoint('checked');

/** Runs a script of the build with this Node; the signal handler above stops it with the build. */
async function run(args: string[], environment: NodeJS.ProcessEnv): Promise<number | null> {
  child = spawn(process.execPath, args, { stdio: 'inherit', env: environment });
  const status = await new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  child = undefined;
  return status;
}

/** Stops the build after a failed step, leaving the output folder as it was. */
function fail(status: number | null, message: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  releaseLock();
  console.error(`\n${message}; ${kept()}.`);
  process.exit(status ?? 1);
}

const status = await run([astroBin, 'build', ...process.argv.slice(2)], {
  ...process.env,
  COMMFOLIO_OUT_DIR: stagingDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  [CONTENT_CHECKED]: contentDir,
});
if (status !== 0) fail(status, 'The build failed (see above)');
if (readSiteSettings(contentDir, process.env).settings?.cvPdf) {
  const printed = await run([path.join(import.meta.dirname, 'cv-pdf.ts')], { ...process.env, COMMFOLIO_OUT_DIR: stagingDir });
  if (printed !== 0)
    fail(printed, 'The CV page links cv.pdf (cvPdf: true), but it could not be printed (see above). Install Chromium, or set cvPdf: false');
}
await checkpoint('built');
await swapIn(stagingDir, outDir, (reached, previousDir) => {
  stage = reached;
  previous = previousDir;
});
releaseLock();
console.log(`\nThe site is ready in ${shownOutDir}.`);
