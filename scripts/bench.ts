// npm run bench [-- --sizes 100,1000 --runs 3 --only check|builds]
// First times `npm run check` on the sample portfolio (median of --runs, at least 5, against its
// target). Then builds synthetic portfolios (mixed scripts) in a temporary folder and prints, for each size:
// cold builds without cards, with cached parallel cards and with serial uncached cards
// (AstroPaper-style), a warm rebuild after editing one post with and without cards, the median
// time per card and peak memory. Each figure is the median of --runs builds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirKey } from '../src/content-folder/layout.ts';
import { syntheticPost, syntheticPostFile, writeSyntheticSite } from './bench/synthetic-site.ts';
import { CHECK_TARGET_SECONDS, timeCheck } from './bench/check-speed.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '3' }, only: { type: 'string' } },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const projectRoot = path.resolve(import.meta.dirname, '..');
const workDir = mkdtempSync(path.join(tmpdir(), 'commfolio-bench-'));
const hasTime = existsSync('/usr/bin/time');

interface BuildResult {
  seconds: number;
  peakMegabytes: number;
  rendered: number;
  reused: number;
  stepSeconds: number;
  waitSeconds: number;
  cardMilliseconds: number[];
}

function build(contentDir: string, mode: 'cached' | 'serial' | 'off'): BuildResult {
  const reportFile = path.join(workDir, 'card-report.json');
  rmSync(reportFile, { force: true });
  const command = [process.execPath, 'scripts/build.ts'];
  // Flush the files the previous build wrote, so that their write-back is not timed in this one.
  spawnSync('sync');
  const started = performance.now();
  const result = spawnSync(hasTime ? '/usr/bin/time' : command[0]!, hasTime ? ['-f', 'BENCH_PEAK_KB %M', ...command] : command.slice(1), {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      COMMFOLIO_OUT_DIR: path.join(workDir, 'dist'),
      COMMFOLIO_CARDS: mode,
      COMMFOLIO_CARD_REPORT: reportFile,
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
  const peak = Number(/BENCH_PEAK_KB (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  const report = existsSync(reportFile)
    ? JSON.parse(readFileSync(reportFile, 'utf8'))
    : { rendered: 0, reused: 0, milliseconds: 0, cardMilliseconds: [] };
  return {
    seconds,
    peakMegabytes: peak,
    rendered: report.rendered,
    reused: report.reused,
    stepSeconds: report.milliseconds / 1000,
    waitSeconds: (report.waitMilliseconds ?? 0) / 1000,
    cardMilliseconds: report.cardMilliseconds,
  };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const medianOf = (results: BuildResult[], pick: (result: BuildResult) => number) => median(results.map(pick));

/** Deletes Astro's cache for a content folder (content store and card cache): the next build is cold. */
const clearCache = (contentDir: string) => {
  // astro.config.mjs names the folder after the content folder and the schema version.
  const cacheRoot = path.join(projectRoot, 'node_modules/.astro');
  const prefix = `${contentDirKey(contentDir)}-`;
  for (const name of existsSync(cacheRoot) ? readdirSync(cacheRoot) : [])
    if (name.startsWith(prefix)) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
};

if (values.only !== 'builds') {
  const checkRuns = Math.max(5, runs);
  const timings = timeCheck(projectRoot, path.join(projectRoot, 'content'), checkRuns);
  const seconds = median(timings.map((timing) => timing.seconds));
  const cpu = timings.every((timing) => timing.cpuSeconds !== undefined)
    ? `, ${median(timings.map((timing) => timing.cpuSeconds!)).toFixed(2)} s of processor time`
    : '';
  console.log(
    `npm run check on the sample portfolio: ${seconds.toFixed(2)} s${cpu}, median of ${checkRuns} runs (target < ${CHECK_TARGET_SECONDS} s: ${seconds < CHECK_TARGET_SECONDS ? 'met' : 'missed'})`,
  );
  if (values.only === 'check') {
    rmSync(workDir, { recursive: true, force: true });
    process.exit(0);
  }
}

console.log(
  `Commfolio social-card benchmark: ${availableParallelism()} cores, Node ${process.version}, median of ${runs} run(s) per figure`,
);
const rows: string[][] = [];
for (const size of sizes) {
  const contentDir = path.join(workDir, `site-${size}`);
  await writeSyntheticSite(contentDir, size);
  const all: Record<string, BuildResult[]> = { off: [], cached: [], serial: [], warmCards: [], warmOff: [] };
  let revision = 0;
  const editOnePost = () => writeFileSync(syntheticPostFile(contentDir, 0), syntheticPost(0, ++revision));
  for (let run = 0; run < runs; run++) {
    for (const mode of ['off', 'cached', 'serial'] as const) {
      clearCache(contentDir);
      all[mode]!.push(build(contentDir, mode));
    }
    // Warm: the cache holds every card of the previous cached build.
    clearCache(contentDir);
    build(contentDir, 'cached');
    editOnePost();
    all.warmCards!.push(build(contentDir, 'cached'));
    editOnePost();
    all.warmOff!.push(build(contentDir, 'off'));
    process.stdout.write('.');
  }
  const seconds = (key: string) => medianOf(all[key]!, (result) => result.seconds);
  const cards = all.cached![0]!.rendered + all.cached![0]!.reused;
  const ratio = (a: number, b: number) => `${((a / b - 1) * 100).toFixed(0)}%`;
  rows.push(
    [`${size} posts (${cards} cards)`, ''],
    ['cold build, no cards', `${seconds('off').toFixed(1)} s`],
    [
      'cold build, cached parallel cards',
      `${seconds('cached').toFixed(1)} s (cards add ${ratio(seconds('cached'), seconds('off'))}; target ≤ 30%)`,
    ],
    [
      'cold build, serial uncached cards (AstroPaper-style)',
      `${seconds('serial').toFixed(1)} s (cards add ${ratio(seconds('serial'), seconds('off'))}; ${(seconds('serial') / seconds('cached')).toFixed(2)}× our cold build)`,
    ],
    [
      'card step: parallel beside the pages vs serial after them',
      `${medianOf(all.cached!, (r) => r.stepSeconds).toFixed(1)} s, of which the build waited ${medianOf(all.cached!, (r) => r.waitSeconds).toFixed(1)} s after its pages, vs ${medianOf(all.serial!, (r) => r.stepSeconds).toFixed(1)} s`,
    ],
    [
      'median ms per card (parallel, sharing cores with the pages; serial)',
      `${median(all.cached!.flatMap((r) => r.cardMilliseconds)).toFixed(1)} ms; ${median(all.serial!.flatMap((r) => r.cardMilliseconds)).toFixed(1)} ms`,
    ],
    ['warm rebuild after editing one post, no cards', `${seconds('warmOff').toFixed(1)} s`],
    [
      'warm rebuild after editing one post, cards',
      `${seconds('warmCards').toFixed(1)} s (${ratio(seconds('warmCards'), seconds('warmOff'))} vs no cards; target ≤ 10%); rendered ${all.warmCards![0]!.rendered}, reused ${all.warmCards![0]!.reused}`,
    ],
    ['warm rebuild vs serial uncached cold build', `${(seconds('warmCards') / seconds('serial')).toFixed(2)}×`],
    [
      'peak memory: no cards / cached cards / serial',
      hasTime
        ? ['off', 'cached', 'serial'].map((key) => `${medianOf(all[key]!, (r) => r.peakMegabytes).toFixed(0)} MB`).join(' / ')
        : 'n/a (no /usr/bin/time)',
    ],
  );
}
console.log('\n');
const width = Math.max(...rows.map(([label]) => label!.length));
for (const [label, value] of rows) console.log(value ? `  ${label!.padEnd(width)}  ${value}` : `\n${label}`);
rmSync(workDir, { recursive: true, force: true });
for (const size of sizes) clearCache(path.join(workDir, `site-${size}`));
