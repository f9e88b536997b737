import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exchangeFolders } from '../../scripts/shared/build-output.ts';
import { listFiles, withoutVitestVariables } from '../helpers/build-site.ts';

// `npm run build` is killed, as Ctrl-C (SIGINT, to the whole process group, as a terminal sends it)
// or as the kernel or a CI runner kills (SIGKILL), at many points: during the content check, while
// Astro works, and at each step of replacing the output folder. Every time, the output folder must
// hold a complete site: the old one or the new one, file for file.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'commfolio-faults-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');

/** Every file of a site with the SHA-256 of its content. */
const fingerprint = (folder: string) =>
  existsSync(folder)
    ? Object.fromEntries(
        listFiles(folder).map((file) => [
          file,
          createHash('sha256')
            .update(readFileSync(path.join(folder, file)))
            .digest('hex'),
        ]),
      )
    : undefined;

/** What `npm run build` left beside the output folder: staging folders, a site being replaced. */
const leftovers = () => readdirSync(work).filter((name) => name.startsWith('dist.'));

interface RunningBuild {
  output: () => string;
  /** Resolves when every process of the build (npm, node, Astro, workers) is gone. */
  ended: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function startBuild(environment: Record<string, string> = {}): RunningBuild {
  // detached: the build gets a process group of its own, which a signal reaches whole.
  const child = spawn('npm', ['run', 'build', '--silent'], {
    cwd: projectRoot,
    detached: true,
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir, COMMFOLIO_OUT_DIR: outDir, ...environment },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const npmExit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const groupGone = async () => {
    for (;;) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    output: () => output,
    ended: npmExit.then(async (code) => (await groupGone(), code)),
    kill: (signal) => process.kill(-child.pid!, signal),
  };
}

async function waitFor(build: RunningBuild, text: string): Promise<void> {
  for (let waited = 0; !build.output().includes(text); waited += 20) {
    if (waited > 180_000) throw new Error(`the build never printed "${text}":\n${build.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let oldSite: Record<string, string>;
let newSite: Record<string, string>;
const oldCopy = path.join(work, 'old-site');

beforeAll(async () => {
  cpSync(path.join(projectRoot, 'tests/fixtures/site-minimal'), contentDir, { recursive: true });
  const first = startBuild();
  expect(await first.ended, first.output()).toBe(0);
  oldSite = fingerprint(outDir)!;
  cpSync(outDir, oldCopy, { recursive: true });
  // The next version of the content: the post's title changes its page, listings, feed and card.
  const post = path.join(contentDir, 'blog/hello.md');
  writeFileSync(post, readFileSync(post, 'utf8').replace('title: Hello from a small portfolio', 'title: Hello again, edited'));
  const second = startBuild();
  expect(await second.ended, second.output()).toBe(0);
  newSite = fingerprint(outDir)!;
  expect(newSite).not.toEqual(oldSite);
}, 300_000);

/** Points to kill at: a line the build prints, or a stage it is held at (COMMFOLIO_TEST_PAUSE_AT). */
const POINTS = [
  { at: 'checked', pause: true },
  { at: 'Syncing content' },
  { at: 'Building static entrypoints' },
  { at: 'generating static routes' },
  { at: 'social cards:' },
  { at: 'built', pause: true },
  // Linux swaps the two folders in one exchange, then deletes the old site ('swapped'); elsewhere the
  // old site is renamed aside first ('aside'), then the new one in: both ways are killed here.
  { at: 'swapped', pause: true },
  { at: 'aside', pause: true, twoRenames: true },
  { at: 'swapped', pause: true, twoRenames: true },
] as const;

const pointName = (point: (typeof POINTS)[number]) => `${point.at}${'twoRenames' in point ? ' (swapped by two renames)' : ''}`;

describe.each(['SIGINT', 'SIGKILL'] as const)('npm run build killed with %s', (signal) => {
  test.each(POINTS.map((point) => [pointName(point), point] as const))(
    'at %s leaves a complete site in the output folder',
    async (_name, point) => {
      rmSync(outDir, { recursive: true, force: true });
      cpSync(oldCopy, outDir, { recursive: true });
      const build = startBuild({
        ...('pause' in point ? { COMMFOLIO_TEST_PAUSE_AT: point.at } : {}),
        ...('twoRenames' in point ? { COMMFOLIO_TEST_NO_EXCHANGE: '1' } : {}),
      });
      await waitFor(build, 'pause' in point ? `paused at ${point.at}` : point.at);
      build.kill(signal);
      const status = await build.ended;
      const site = fingerprint(outDir);
      if (signal === 'SIGKILL' && point.at === 'aside') {
        // Killed between its two renames (where there is no exchange): for that instant the old site is
        // beside the output folder, whole, and the next build puts it back before anything else.
        expect(site).toBeUndefined();
        const next = startBuild({ CONTENT_DIR: path.join(work, 'no-content-here') });
        expect(await next.ended).toBe(1);
        expect(next.output()).toContain(
          `An earlier build was stopped while it replaced ${path.relative(projectRoot, outDir)}/: the site it replaced is back in ${path.relative(projectRoot, outDir)}/.`,
        );
        expect(fingerprint(outDir)).toEqual(oldSite);
        expect(leftovers()).toEqual([]);
        return;
      }
      expect([oldSite, newSite]).toContainEqual(site);
      if (signal === 'SIGKILL' && point.at === 'swapped' && process.platform === 'linux') {
        // The old site is left under the name it was exchanged to (the staging folder's), or the one it was renamed aside to.
        expect(leftovers()).toEqual([expect.stringMatching('twoRenames' in point ? /^dist\.previous-/ : /^dist\.building-/)]);
      }
      if (signal === 'SIGINT') {
        // npm itself ends by the signal; the build's own words say it stopped cleanly.
        expect(status).toBeNull();
        expect(build.output()).toMatch(
          /The build was stopped \(SIGINT\); .* (still holds the previous successful build|holds the new site, which was complete)\./,
        );
        expect(leftovers()).toEqual([]);
      }
    },
  );
});

describe('the swap on Linux', () => {
  test('is one exchange of the two folders, so the output folder never goes missing', () => {
    if (process.platform !== 'linux') return;
    const first = path.join(work, 'exchange-a');
    const second = path.join(work, 'exchange-b');
    for (const [folder, text] of [
      [first, 'new'],
      [second, 'old'],
    ] as const) {
      rmSync(folder, { recursive: true, force: true });
      cpSync(oldCopy, folder, { recursive: true });
      writeFileSync(path.join(folder, 'which.txt'), text);
    }
    expect(exchangeFolders(first, second)).toBe(true);
    expect([readFileSync(path.join(first, 'which.txt'), 'utf8'), readFileSync(path.join(second, 'which.txt'), 'utf8')]).toEqual([
      'old',
      'new',
    ]);
    // A folder that is not there cannot be exchanged: the caller falls back to renames.
    expect(exchangeFolders(first, path.join(work, 'no-such-folder'))).toBe(false);
    for (const folder of [first, second]) rmSync(folder, { recursive: true, force: true });
  });
});

describe('two builds started together', () => {
  test('both succeed, one after the other, and leave a complete site', async () => {
    rmSync(outDir, { recursive: true, force: true });
    const [first, second] = [startBuild(), startBuild()];
    expect([await first.ended, await second.ended]).toEqual([0, 0]);
    expect(fingerprint(outDir)).toEqual(newSite);
    expect(first.output() + second.output()).toMatch(
      /Another build of this project is running \(process \d+, started .*, writing .*dist\/\)\. This build starts when it ends; press Ctrl-C to stop waiting\./,
    );
    expect(leftovers()).toEqual([]);
  });
});

describe('a build that fails its content check', () => {
  test('changes nothing in the output folder', () => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...withoutVitestVariables(process.env),
        CONTENT_DIR: path.join(projectRoot, 'tests/fixtures/site-broken'),
        COMMFOLIO_OUT_DIR: outDir,
      },
    });
    expect(result.status).toBe(1);
    expect(fingerprint(outDir)).toEqual(newSite);
  });
});
