import { copyFile, link, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cardHash, fileHasher, rendererFingerprint, type CardJob } from './card-cache.ts';
import { renderJob } from './render-job.ts';
import { defaultThreadCount, startCardWorkers, type CardWorkers } from './render-pool.ts';

/**
 * How the build makes cards: `cached` (the default) reuses unchanged cards and renders the others
 * on all cores; `serial` renders every card one after another without a cache, as most Astro
 * themes do (the benchmark's baseline); `off` writes none (the benchmark's "without cards").
 */
export type CardBuildMode = 'cached' | 'serial' | 'off';

/** Where cards go and how they are made. */
export interface CardBuildOptions {
  /** The site's output folder; each job's `file` is relative to it. */
  outDir: string;
  /** A folder that outlives builds, for this content folder only. */
  cacheDir: string;
  mode?: CardBuildMode;
  /** Threads to start when there are many cards to render and no `workers` are given. */
  threads?: number;
  /** Workers started (and warmed up) earlier in the build; the caller closes them. */
  workers?: CardWorkers;
}

/** What the card step did, for the build log. */
export interface CardBuildReport {
  rendered: number;
  reused: number;
  /** Wall-clock time of the whole step. */
  milliseconds: number;
  /** Time each rendered card took, in the thread that rendered it. */
  cardMilliseconds: number[];
}

/** Fewer cards than this are rendered on the main thread: starting workers would cost more. */
const WORKER_THRESHOLD = 8;

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
  const unused = await Promise.all(names.filter((name) => !used.has(name)).map(async (name) => ({ name, modified: (await stat(path.join(cacheDir, name))).mtimeMs })));
  const oldest = unused.sort((a, b) => a.modified - b.modified).slice(0, excess);
  await Promise.all(oldest.map(({ name }) => rm(path.join(cacheDir, name), { force: true })));
}

/**
 * Writes every card into the output: cached ones are copied from the cache, the rest rendered in
 * parallel and stored in the cache, which is then kept to a bounded size.
 */
export async function buildSocialCards(jobs: readonly CardJob[], options: CardBuildOptions): Promise<CardBuildReport> {
  const started = performance.now();
  const mode = options.mode ?? 'cached';
  const cardMilliseconds: number[] = [];
  const timed = async (job: CardJob) => {
    const start = performance.now();
    const bytes = await renderJob(job);
    cardMilliseconds.push(performance.now() - start);
    return bytes;
  };
  if (mode === 'off') return { rendered: 0, reused: 0, milliseconds: 0, cardMilliseconds };
  if (mode === 'serial') {
    for (const job of jobs) await writeOutput(options.outDir, job, async (target) => writeFile(target, await timed(job)));
    return { rendered: jobs.length, reused: 0, milliseconds: performance.now() - started, cardMilliseconds };
  }

  await mkdir(options.cacheDir, { recursive: true });
  const fingerprint = rendererFingerprint();
  const hashFile = fileHasher();
  const cached = new Set(await readdir(options.cacheDir));
  const cacheName = (job: CardJob) => `${cardHash(job, fingerprint, hashFile)}${path.extname(job.file)}`;
  const names = new Map(jobs.map((job) => [job, cacheName(job)]));
  const missing = jobs.filter((job) => !cached.has(names.get(job)!));

  const store = async (job: CardJob, bytes: Buffer, milliseconds?: number) => {
    if (milliseconds !== undefined) cardMilliseconds.push(milliseconds);
    await writeFile(path.join(options.cacheDir, names.get(job)!), bytes);
    await writeOutput(options.outDir, job, (target) => writeFile(target, bytes));
  };
  const threads = options.threads ?? defaultThreadCount();
  if (options.workers && missing.length > 0) {
    if (missing.length >= WORKER_THRESHOLD) options.workers.grow(threads);
    await options.workers.render(missing, store);
  } else if (missing.length >= WORKER_THRESHOLD && threads > 1) {
    const workers = startCardWorkers(threads);
    await workers.render(missing, store).finally(() => workers.close());
  } else {
    for (const job of missing) await store(job, await timed(job));
  }
  const reused = jobs.filter((job) => cached.has(names.get(job)!));
  // Cache files are never changed in place (a new card gets a new name), so a hard link is as good as
  // a copy and far cheaper; across file systems it falls back to copying.
  const reuse = (source: string, target: string) => link(source, target).catch(() => copyFile(source, target));
  await Promise.all(reused.map((job) => writeOutput(options.outDir, job, (target) => reuse(path.join(options.cacheDir, names.get(job)!), target))));

  await pruneCache(options.cacheDir, new Set(names.values()), jobs.length);
  return { rendered: missing.length, reused: reused.length, milliseconds: performance.now() - started, cardMilliseconds };
}
