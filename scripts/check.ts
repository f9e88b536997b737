// npm run check — validates every content file and the TypeScript, without building.
// Prints every problem at once (file, field, what to do) and exits non-zero if there is any.
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';
import { resolveContentDir } from '../src/lib/content-layout.ts';

const contentDir = resolveContentDir(process.env, process.cwd());
const problems = await checkContent(contentDir, process.env);
if (problems.length > 0) {
  console.error(formatProblems(problems, process.cwd()));
  process.exit(1);
}
console.log(`Content in ${contentDir}: no problems found.`);

if (!process.argv.includes('--content-only')) {
  const types = spawnSync('astro', ['check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  process.exit(types.status ?? 1);
}
