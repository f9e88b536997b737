// vitest global setup of the build project: after the run, counts the fixture builds that
// tests/helpers/build-site.ts recorded, and fails the run when a site that later test files could
// have reused (same content folder and environment) was built twice.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_RECORD, contentFolder, type BuildRecord } from './build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Prints how many builds the run made, and throws when a reusable build was made again. */
export function teardown(): void {
  if (!existsSync(BUILD_RECORD)) return;
  const builds = readFileSync(BUILD_RECORD, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BuildRecord);
  const sample = builds.filter((build) => build.folder === contentFolder('../../content'));
  console.log(`fixture builds: ${builds.length} (the sample portfolio: ${sample.length})`);
  const counts = new Map<string, number>();
  for (const build of builds.filter((each) => each.shared)) {
    const key = JSON.stringify([path.relative(projectRoot, build.folder) || '.', build.environment]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, count]) => count > 1).map(([key, count]) => `  ${key}: built ${count} times`);
  if (repeated.length > 0) {
    throw new Error(`These sites were built again instead of reused (tests/helpers/build-site.ts):\n${repeated.join('\n')}`);
  }
}
