import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A finished build: its exit status, everything it printed, and where it wrote. */
export interface BuiltSite {
  status: number | null;
  output: string;
  outDir: string;
}

/** Variables vitest sets for its own workers; a user's build never sees them. */
const VITEST_VARIABLES = [
  'TEST',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'NODE_ENV',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
];

/** The folder where this test run keeps its shared builds and the record of every build. */
export const TEST_RUN_FOLDER = path.join(tmpdir(), `commfolio-test-builds-${process.env.COMMFOLIO_TEST_RUN ?? process.pid}`);

/** The record of this run's builds, one JSON line per build (see tests/helpers/build-count.ts). */
export const BUILD_RECORD = path.join(TEST_RUN_FOLDER, 'builds.jsonl');

/** One line of BUILD_RECORD: the content folder, the environment, and whether later files may reuse it. */
export interface BuildRecord {
  folder: string;
  environment: Record<string, string>;
  shared: boolean;
}

/**
 * Builds a content folder with `npm run build`'s script into a fresh temporary folder: a fixture
 * named by its folder under tests/fixtures, or any folder given as an absolute path. A successful
 * build is reused by later test files of the same run (same folder and environment, however the
 * folder is spelt), since several files assert on the same site; failed builds never are.
 */
export function buildSite(fixture: string, environment: Record<string, string> = {}): BuiltSite {
  const folder = contentFolder(fixture);
  const sortedEnvironment = Object.fromEntries(Object.entries(environment).sort(([a], [b]) => a.localeCompare(b)));
  const key = createHash('sha256')
    .update(JSON.stringify([folder, sortedEnvironment]))
    .digest('hex')
    .slice(0, 16);
  const shared = path.join(TEST_RUN_FOLDER, key);
  const reusable = !environment.COMMFOLIO_OUT_DIR;
  if (reusable && existsSync(path.join(shared, 'build-output.txt'))) {
    return { status: 0, output: readFileSync(path.join(shared, 'build-output.txt'), 'utf8'), outDir: path.join(shared, 'dist') };
  }
  const built = runBuild(folder, environment);
  mkdirSync(TEST_RUN_FOLDER, { recursive: true });
  appendFileSync(
    BUILD_RECORD,
    `${JSON.stringify({ folder, environment: sortedEnvironment, shared: reusable && built.status === 0 } satisfies BuildRecord)}\n`,
  );
  if (built.status === 0 && reusable) {
    mkdirSync(shared, { recursive: true });
    rmSync(path.join(shared, 'dist'), { recursive: true, force: true });
    cpSync(built.outDir, path.join(shared, 'dist'), { recursive: true });
    writeFileSync(path.join(shared, 'build-output.txt'), built.output);
    return { ...built, outDir: path.join(shared, 'dist') };
  }
  return built;
}

/** The content folder a fixture name or path stands for: absolute, with symbolic links resolved. */
export function contentFolder(fixture: string): string {
  const folder = path.resolve(projectRoot, 'tests/fixtures', fixture);
  return existsSync(folder) ? realpathSync(folder) : folder;
}

function runBuild(folder: string, environment: Record<string, string>): BuiltSite {
  const outDir = environment.COMMFOLIO_OUT_DIR ?? path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-build-')), 'dist');
  // Inside the project the folder is given relative to it (tests/fixtures/site-basic, content), as a user would.
  const relative = path.relative(projectRoot, folder);
  const contentDir = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? folder : relative;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir, COMMFOLIO_OUT_DIR: outDir, ...environment },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** The environment without vitest's variables, as a user's shell would have it. */
export function withoutVitestVariables(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(environment).filter(([name]) => !VITEST_VARIABLES.includes(name)));
}

/** The browser editor's page (src/integrations/admin): not a page of the portfolio, with its own policy. */
export const EDITOR_PAGE = 'admin/index.html';

/** Every file under a folder, as paths relative to it. */
export function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .sort();
}

/** Reads a built file as text. */
export function readBuilt(site: BuiltSite, file: string): string {
  return readFileSync(path.join(site.outDir, file), 'utf8');
}

/** Parses a built HTML page. */
export function readPage(site: BuiltSite, file: string): HTMLElement {
  return parse(readBuilt(site, file));
}

/** The file in the build that a site path (e.g. /portfolio/blog/x/) is served from. */
export function fileForPath(site: BuiltSite, sitePath: string, basePath = '/'): string {
  const relative = decodeURIComponent(sitePath).slice(basePath.length);
  const file = path.join(site.outDir, relative);
  return relative === '' || relative.endsWith('/') ? path.join(file, 'index.html') : file;
}

export { existsSync };
