// How long `npm run check` takes on a content folder, as a user waits for it: a fresh Node
// process each time, start-up and imports included. The processor time beside it is steadier on
// a shared machine, where waiting for a core inflates the wall-clock time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** What `npm run check` should take on the sample portfolio, in seconds. */
export const CHECK_TARGET_SECONDS = 3;

/** One timed run: wall-clock seconds, and processor seconds (user + system) when /usr/bin/time is there. */
export interface CheckTiming {
  seconds: number;
  cpuSeconds?: number;
}

/** Times `runs` runs of `npm run check` (its script, with this Node) on `contentDir`. */
export function timeCheck(projectRoot: string, contentDir: string, runs: number): CheckTiming[] {
  const hasTime = existsSync('/usr/bin/time');
  const command = [process.execPath, path.join('scripts', 'check.ts')];
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    const result = spawnSync(hasTime ? '/usr/bin/time' : command[0]!, hasTime ? ['-f', 'BENCH_CPU %U %S', ...command] : command.slice(1), {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`npm run check failed on ${contentDir}:\n${result.stdout}\n${result.stderr}`);
    const cpu = /BENCH_CPU ([\d.]+) ([\d.]+)/.exec(result.stderr);
    return { seconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined };
  });
}
