// npm run dev — the live preview: astro dev, with Astro's telemetry and its "new version available"
// notice turned off (a user who followed it would leave the versions Commfolio is tested with).
// The variables are set here rather than in package.json, where `NAME=value command` is a syntax of
// Unix shells that Windows' cmd, which npm uses there, cannot run. Arguments pass through:
//   npm run dev -- --port 4322
//
// site.yaml gives the site's address, base path, languages and Content-Security-Policy, which Astro
// reads once, as it starts. When site.yaml changes, this script starts astro dev again (the open
// page reloads by itself once the preview is back). Astro's own restart on a watched file was used
// before, but after it the collections kept listening to the replaced server's closed file watcher:
// an edited post kept its old text and a new post answered 404 until npm run dev was started again.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { resolveContentDir, SITE_SETTINGS_FILE } from '../src/content-folder/layout.ts';

const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const contentDir = resolveContentDir(process.env, process.cwd());
const readSettings = () => {
  try {
    return readFileSync(path.join(contentDir, SITE_SETTINGS_FILE), 'utf8');
  } catch {
    return undefined;
  }
};

let preview: ChildProcess;
let restarting = false;
let stopping = false;

function startPreview(): void {
  preview = spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
  });
  preview.on('exit', (code, signal) => {
    if (restarting && !stopping) {
      restarting = false;
      startPreview();
      return;
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

// Ctrl+C reaches both processes; a signal sent to this one alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopping = true;
    preview.kill(signal);
  });

/**
 * The preview of this project that is already running, from the lock file astro dev writes
 * (.astro/dev.json: its process and address), or undefined. Astro refuses a second one with a
 * stack trace and advice to run `astro dev stop`, which users of npm run dev cannot type.
 */
function runningPreview(): { url?: string } | undefined {
  try {
    const lock = JSON.parse(readFileSync(path.join(process.cwd(), '.astro', 'dev.json'), 'utf8')) as { pid?: unknown; url?: unknown };
    if (typeof lock.pid !== 'number') return undefined;
    process.kill(lock.pid, 0);
    return { url: typeof lock.url === 'string' ? lock.url : undefined };
  } catch {
    return undefined;
  }
}

const running = runningPreview();
if (running) {
  console.error(
    `A preview of this portfolio is already running${running.url ? ` at ${running.url}` : ''}. Open that address in your browser, or stop that preview first (Ctrl+C in the window where it runs).`,
  );
  process.exit(1);
}
startPreview();

// The folder is watched rather than the file: editors save by replacing the file, which ends a
// watch on the file itself. A save that leaves the text as it was restarts nothing.
let settingsText = readSettings();
let pending: NodeJS.Timeout | undefined;
try {
  watch(contentDir, (_event, name) => {
    if (name !== SITE_SETTINGS_FILE) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      const text = readSettings();
      if (text === settingsText || restarting || stopping) return;
      settingsText = text;
      console.log(
        `\n${SITE_SETTINGS_FILE} changed: starting the preview again with it. The page in your browser reloads when it is back.\n`,
      );
      restarting = true;
      preview.kill('SIGTERM');
    }, 300);
  });
} catch {
  // No content folder: the content check says so in the browser; there is no site.yaml to watch.
}
