// npm run dev — the live preview: astro dev, with Astro's telemetry and its "new version available"
// notice turned off (a user who followed it would leave the versions Commfolio is tested with).
// The variables are set here rather than in package.json, where `NAME=value command` is a syntax of
// Unix shells that Windows' cmd, which npm uses there, cannot run. Arguments pass through:
//   npm run dev -- --port 4322
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
});
// Ctrl+C reaches both processes; a signal sent to this one alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
