import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const VITEST_VARIABLES = ['TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/**
 * Builds a content folder with `npm run build`'s script into a fresh temporary folder: a fixture
 * named by its folder under tests/fixtures, or any folder given as an absolute path. A successful
 * build is reused by later test files of the same run (same folder and environment), since
 * several files assert on the same site; failed builds never are.
 */
export function buildSite(fixture: string, environment: Record<string, string> = {}): BuiltSite {
  const key = createHash('sha256').update(JSON.stringify([fixture, environment])).digest('hex').slice(0, 16);
  const shared = path.join(tmpdir(), `commfolio-test-builds-${process.env.COMMFOLIO_TEST_RUN ?? process.pid}`, key);
  if (!environment.COMMFOLIO_OUT_DIR && existsSync(path.join(shared, 'build-output.txt'))) {
    return { status: 0, output: readFileSync(path.join(shared, 'build-output.txt'), 'utf8'), outDir: path.join(shared, 'dist') };
  }
  const built = runBuild(fixture, environment);
  if (built.status === 0 && !environment.COMMFOLIO_OUT_DIR) {
    mkdirSync(shared, { recursive: true });
    rmSync(path.join(shared, 'dist'), { recursive: true, force: true });
    cpSync(built.outDir, path.join(shared, 'dist'), { recursive: true });
    writeFileSync(path.join(shared, 'build-output.txt'), built.output);
    return { ...built, outDir: path.join(shared, 'dist') };
  }
  return built;
}

function runBuild(fixture: string, environment: Record<string, string>): BuiltSite {
  const outDir = environment.COMMFOLIO_OUT_DIR ?? path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-build-')), 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: path.isAbsolute(fixture) ? fixture : path.join('tests/fixtures', fixture), COMMFOLIO_OUT_DIR: outDir, ...environment },
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
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(path.join(folder, file)).isFile()).sort();
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
