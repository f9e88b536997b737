/**
 * The output folder of `npm run build` (dist/), kept whole whatever happens to a build:
 * - one build at a time per project (a lock file; a second build waits for the first);
 * - each build writes into a staging folder of its own beside dist/ (dist.building-<id>);
 * - a finished build is swapped in with one atomic exchange of the two folders' names where the
 *   system has one (Linux's renameat2, called through python3, which every Linux distribution ships),
 *   so dist/ is always a complete site; elsewhere by renaming dist/ aside to dist.previous-<id> and the
 *   staging folder to dist/ (for the instant between the two renames the site is at
 *   dist.previous-<id>); then the old one is deleted;
 * - leftovers of a build that was killed (SIGKILL, power loss) are cleared by the next one, which
 *   first puts a previous site back at dist/ if dist/ is missing.
 * docs/reliability.md explains this to users.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** What the lock file says about the build holding it. */
interface LockHolder {
  pid: number;
  started: string;
  outDir: string;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the project's build lock, waiting while a running build holds it (`onWait` is told once,
 * with the holder). A lock left by a build that no longer runs is taken over.
 */
export async function acquireBuildLock(lockFile: string, outDir: string, onWait: (holder: LockHolder) => void): Promise<() => void> {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  let told = false;
  for (;;) {
    try {
      const descriptor = openSync(lockFile, 'wx');
      writeSync(descriptor, JSON.stringify({ pid: process.pid, started: new Date().toISOString(), outDir } satisfies LockHolder));
      closeSync(descriptor);
      return () => {
        if (readHolder(lockFile)?.pid === process.pid) rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockFile);
    // A lock whose build no longer runs (killed), or one being written this instant (no pid yet, give it a moment).
    if (holder && !isAlive(holder.pid)) {
      const stale = `${lockFile}.stale-${process.pid}`;
      try {
        renameSync(lockFile, stale);
        // Another waiting build may have taken the stale lock over an instant before: give its lock back.
        const taken = readHolder(stale);
        if (taken && taken.pid !== holder.pid && isAlive(taken.pid)) linkSync(stale, lockFile);
      } catch {
        // Another build took it over first: try again.
      }
      rmSync(stale, { force: true });
      continue;
    }
    if (holder && !told) {
      onWait(holder);
      told = true;
    }
    await sleep(250);
  }
}

/** The folders beside `outDir` that builds of it use: staging folders and previous sites. */
const siblings = (outDir: string, kind: 'building' | 'previous' | 'partial') => {
  const folder = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}.${kind}`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name === prefix || name.startsWith(`${prefix}-`))
    .map((name) => path.join(folder, name));
};

/**
 * Clears what a killed build left (call it holding the lock): staging folders go; a previous site
 * goes back to `outDir` if `outDir` is missing (a build killed between its two renames), else goes.
 * Returns whether a previous site was put back.
 */
export function recoverOutput(outDir: string): boolean {
  for (const staging of [...siblings(outDir, 'building'), ...siblings(outDir, 'partial')])
    rmSync(staging, { recursive: true, force: true });
  const previous = siblings(outDir, 'previous').sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  let restored = false;
  if (!existsSync(outDir) && previous[0]) {
    renameSync(previous.shift()!, outDir);
    restored = true;
  }
  for (const folder of previous) rmSync(folder, { recursive: true, force: true });
  return restored;
}

/** The stages of a build's output, for a signal that arrives during one (see swapIn). */
export type OutputStage = 'building' | 'aside' | 'swapped';

/** A build's staging folder: `dist.building-<pid>-<time>`, beside dist/ (on its disk, so a rename moves it). */
export function stagingFolder(outDir: string): string {
  return `${outDir}.building-${process.pid}-${Date.now().toString(36)}`;
}

/**
 * Test hook: with COMMFOLIO_TEST_PAUSE_AT=<stage>, the build stops at that stage, says so on
 * stderr and waits, so that a test can kill it exactly there (tests/build/build-faults.test.ts).
 */
export async function checkpoint(stage: string): Promise<void> {
  if (process.env.COMMFOLIO_TEST_PAUSE_AT !== stage) return;
  process.stderr.write(`[commfolio test] paused at ${stage}\n`);
  await sleep(120_000);
}

/**
 * Swaps a finished staging folder in as `outDir`: the old site aside, the new one in, the old one
 * deleted. `onStage` hears each stage as it is reached, so a signal handler knows what is left to do
 * (finishSwap). Without the test hook nothing runs between the renames.
 */
export async function swapIn(stagingDir: string, outDir: string, onStage: (stage: OutputStage, previous: string) => void): Promise<void> {
  if (existsSync(outDir) && exchangeFolders(stagingDir, outDir)) {
    // One step: dist/ is the new site, and the staging folder's name now holds the old one.
    onStage('swapped', stagingDir);
    await checkpoint('swapped');
    rmSync(stagingDir, { recursive: true, force: true });
    return;
  }
  const previous = `${outDir}.previous-${path.basename(stagingDir).split('.building-')[1]}`;
  if (existsSync(outDir)) {
    renameSync(outDir, previous);
    onStage('aside', previous);
    await checkpoint('aside');
  }
  renameSync(stagingDir, outDir);
  onStage('swapped', previous);
  await checkpoint('swapped');
  rmSync(previous, { recursive: true, force: true });
}

// renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE): Node has no call for it.
const EXCHANGE_SCRIPT =
  'import ctypes, os, sys\nlibc = ctypes.CDLL(None, use_errno=True)\nsys.exit(0 if libc.renameat2(-100, os.fsencode(sys.argv[1]), -100, os.fsencode(sys.argv[2]), 2) == 0 else 3)';

/**
 * Exchanges the names of two folders in one step (Linux only), and says whether it did: false
 * elsewhere, without python3, on a file system that cannot, or with COMMFOLIO_TEST_NO_EXCHANGE set
 * (the fault test's way to reach the two-rename swap). Whether it happened is read from the folders
 * themselves, not from python's exit status, which a kill could lose after the exchange.
 */
export function exchangeFolders(first: string, second: string): boolean {
  if (process.platform !== 'linux' || process.env.COMMFOLIO_TEST_NO_EXCHANGE) return false;
  const firstInode = statSync(first).ino;
  spawnSync('python3', ['-c', EXCHANGE_SCRIPT, first, second], { stdio: 'ignore', timeout: 30_000 });
  return existsSync(second) && statSync(second).ino === firstInode;
}

/** Completes a swap that a signal interrupted: puts the new site in place, then deletes the old. */
export function finishSwap(stage: OutputStage, stagingDir: string, outDir: string, previous: string): void {
  if (stage === 'aside') renameSync(stagingDir, outDir);
  if (stage !== 'building') rmSync(previous, { recursive: true, force: true });
}
