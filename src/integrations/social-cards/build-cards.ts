import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  cardHash,
  fileHasher,
  isIntactCard,
  readCardManifest,
  recordCard,
  rendererFingerprint,
  writeCardManifest,
  type CardJob,
  type CardManifest,
} from './card-cache.ts';
import { renderJob } from './render-job.ts';
import { defaultThreadCount, startCardWorkers } from './render-pool.ts';

/**
 * How the build makes cards: `cached` (the default) reuses unchanged cards and renders the others
 * on all cores; `serial` renders every card one after another without a cache, as most Astro
 * themes do (the benchmark's baseline); `off` writes none (the benchmark's "without cards").
 */
export type CardBuildMode = 'cached' | 'serial' | 'off';

/** Where cards are cached and how they are made. */
export interface CardStepOptions {
  /** A folder that outlives builds, for this content folder only. */
  cacheDir: string;
  mode?: CardBuildMode;
  /** Worker threads when many cards are new; default one per core. One starts with the step. */
  threads?: number;
}

/** What the card step did, for the build log. A card two pages share counts once, as rendered or reused. */
export interface CardBuildReport {
  rendered: number;
  /** Cards found in the cache. */
  reused: number;
  /** Wall-clock time from handing over the cards to the last card written. */
  milliseconds: number;
  /** Of which the time the build waited for cards after its pages were done. */
  waitMilliseconds: number;
  /** Time each rendered card took, in the thread that rendered it. */
  cardMilliseconds: number[];
}

/**
 * A build's card step. It starts a worker thread with the build, which warms up while Astro syncs
 * content and bundles. Once the site's cards are handed over (`submit`, called while Astro lists
 * the pages' paths), those missing from the cache are rendered while the pages are generated; when
 * more than a few are missing, a thread per core renders them, sharing the cores with Astro's main
 * thread rather than leaving one to it (which measured no faster; see scripts/bench.ts).
 * `finish` waits for the cards left, then writes every card into the output from the cache.
 */
export interface CardStep {
  /** Hands over the site's cards. The first call lists and takes them; later ones (both card routes call it) do nothing. */
  submit(listJobs: () => Promise<readonly CardJob[]>): Promise<void>;
  /** Waits for the cards, writes them all into `outDir`, trims the cache and says what was done. */
  finish(outDir: string): Promise<CardBuildReport>;
  /** Stops the threads (after finish, or when the build failed). */
  close(): Promise<void>;
}

/**
 * New cards that one thread renders alone: a rebuild after an edit changes one or two cards, and
 * starting a thread per core (each loads satori, resvg and fonts) cost a 100-post site's warm
 * rebuild 29% instead of a few.
 */
const CARDS_FOR_ONE_THREAD = 16;

/** The mode named by COMMFOLIO_CARDS, default `cached`. */
export function cardBuildMode(environment: Record<string, string | undefined>): CardBuildMode {
  const mode = environment.COMMFOLIO_CARDS?.trim() || 'cached';
  if (mode === 'cached' || mode === 'serial' || mode === 'off') return mode;
  throw new Error(`COMMFOLIO_CARDS must be cached, serial or off, not "${mode}".`);
}

async function writeOutput(outDir: string, job: CardJob, write: (target: string) => Promise<void>): Promise<void> {
  const target = path.join(outDir, job.file);
  await mkdir(path.dirname(target), { recursive: true });
  await write(target);
}

/**
 * Once the cache holds more than three times the site's cards (plus some room), deletes the files
 * this build did not use, oldest first, down to twice the site's cards: recent variants (another
 * base path, an undone edit) stay, and most builds do not need to look at file dates at all.
 */
async function pruneCache(cacheDir: string, used: Set<string>, jobCount: number): Promise<void> {
  const names = await readdir(cacheDir);
  if (names.length <= 3 * jobCount + 100) return;
  const excess = names.length - (2 * jobCount + 100);
  const unused = await Promise.all(
    names.filter((name) => !used.has(name)).map(async (name) => ({ name, modified: (await stat(path.join(cacheDir, name))).mtimeMs })),
  );
  const oldest = unused.sort((a, b) => a.modified - b.modified).slice(0, excess);
  await Promise.all(oldest.map(({ name }) => rm(path.join(cacheDir, name), { force: true })));
}

/** Starts a card step: see CardStep. In `cached` mode its first threads start (and warm up) now. */
export function startCardStep(options: CardStepOptions): CardStep {
  const mode = options.mode ?? 'cached';
  const threads = options.threads ?? defaultThreadCount();
  const workers = mode === 'cached' ? startCardWorkers(1) : undefined;
  let submitted:
    | { jobs: readonly CardJob[]; names: Map<CardJob, string>; missing: CardJob[]; reused: number; started: number; manifest: CardManifest }
    | undefined;
  let submission: Promise<void> | undefined;

  const prepare = async (jobs: readonly CardJob[]) => {
    const started = performance.now();
    if (mode === 'serial') {
      submitted = { jobs, names: new Map(), missing: [...jobs], reused: 0, started, manifest: {} };
      return;
    }
    await mkdir(options.cacheDir, { recursive: true });
    const fingerprint = rendererFingerprint();
    const hashFile = fileHasher();
    const [files, manifest] = await Promise.all([readdir(options.cacheDir), readCardManifest(options.cacheDir)]);
    const names = new Map(jobs.map((job) => [job, `${cardHash(job, fingerprint, hashFile)}${path.extname(job.file)}`]));
    // A cached card is reused only if it is still what was written (size and hash); otherwise it is rendered again.
    const present = new Set(files);
    const intact = new Set<string>();
    for (const name of new Set(names.values())) {
      if (present.has(name) && (await isIntactCard(path.join(options.cacheDir, name), manifest[name]))) intact.add(name);
    }
    // Two pages may share a card (same text, same theme): render it once.
    const missing = [...new Map(jobs.filter((job) => !intact.has(names.get(job)!)).map((job) => [names.get(job)!, job])).values()];
    submitted = { jobs, names, missing, reused: jobs.filter((job) => intact.has(names.get(job)!)).length, started, manifest };
    workers!.render(missing.map((job) => ({ job, cacheFile: path.join(options.cacheDir, names.get(job)!) })));
    // The first thread is warm by now; more are worth their start-up only for more than a few cards.
    if (missing.length > CARDS_FOR_ONE_THREAD) workers!.grow(threads);
  };

  return {
    submit(listJobs) {
      if (mode === 'off') return Promise.resolve();
      submission ??= listJobs().then(prepare);
      return submission;
    },

    async finish(outDir) {
      if (mode === 'off') return { rendered: 0, reused: 0, milliseconds: 0, waitMilliseconds: 0, cardMilliseconds: [] };
      await submission;
      if (!submitted)
        throw new Error(
          'No page handed the social cards to the card step: the card routes (src/pages/social-cards/) must call cardPaths() in getStaticPaths.',
        );
      const waitStarted = performance.now();
      const { jobs, names, missing, reused, started, manifest } = submitted;
      const report = (cardMilliseconds: number[]) => ({
        rendered: missing.length,
        reused,
        milliseconds: performance.now() - started,
        waitMilliseconds: performance.now() - waitStarted,
        cardMilliseconds,
      });
      if (mode === 'serial') {
        const cardMilliseconds: number[] = [];
        for (const job of jobs) {
          const start = performance.now();
          const bytes = await renderJob(job);
          cardMilliseconds.push(performance.now() - start);
          await writeOutput(outDir, job, (target) => writeFile(target, bytes));
        }
        return report(cardMilliseconds);
      }
      const cardMilliseconds = await workers!.finished();
      for (const job of missing) manifest[names.get(job)!] = await recordCard(path.join(options.cacheDir, names.get(job)!));
      // The output never shares storage with the cache (a hard link would let an edit in dist/ change
      // the cached card): a copy, or a copy-on-write clone where the file system has them.
      const copy = (source: string, target: string) => copyFile(source, target, constants.COPYFILE_FICLONE);
      await Promise.all(
        jobs.map((job) => writeOutput(outDir, job, (target) => copy(path.join(options.cacheDir, names.get(job)!), target))),
      );
      await pruneCache(options.cacheDir, new Set(names.values()), jobs.length);
      const kept = new Set(await readdir(options.cacheDir));
      await writeCardManifest(options.cacheDir, Object.fromEntries(Object.entries(manifest).filter(([name]) => kept.has(name))));
      return report(cardMilliseconds);
    },

    close: async () => workers?.close(),
  };
}

/** Runs a whole card step at once: every card into `outDir`, from the cache or rendered. */
export async function buildSocialCards(jobs: readonly CardJob[], options: CardStepOptions & { outDir: string }): Promise<CardBuildReport> {
  const step = startCardStep(options);
  try {
    await step.submit(async () => jobs);
    return await step.finish(options.outDir);
  } finally {
    await step.close();
  }
}
