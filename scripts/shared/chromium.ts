/**
 * Finding a Chromium-based browser for npm run cv:pdf: CHROMIUM_PATH when set, else where Chromium,
 * Google Chrome or Microsoft Edge (which every Windows has) are installed on each system.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where a Chromium-based browser is usually installed on `platform`, most likely first. */
export function browserCandidates(platform: NodeJS.Platform, environment: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    return [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ].map((app) => `/Applications/${app}`);
  }
  if (platform === 'win32') {
    const chrome = [environment.PROGRAMFILES, environment['PROGRAMFILES(X86)'], environment.LOCALAPPDATA].flatMap((folder) =>
      folder ? [path.win32.join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe')] : [],
    );
    const edge = [environment['PROGRAMFILES(X86)'], environment.PROGRAMFILES].flatMap((folder) =>
      folder ? [path.win32.join(folder, 'Microsoft', 'Edge', 'Application', 'msedge.exe')] : [],
    );
    return [...chrome, ...edge];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
}

/** CHROMIUM_PATH when set (and only it), else the first usual place that exists, else one on the PATH. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const found = browserCandidates(process.platform, process.env).find((candidate) => existsSync(candidate));
  if (found || process.platform === 'win32') return found;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v google-chrome'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
