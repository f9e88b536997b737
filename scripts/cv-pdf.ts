// npm run cv:pdf [-- --letter]  writes dist/cv.pdf (and dist/<code>/cv.pdf for each other site
// language) from the built CV page, printed by headless Chromium. Run npm run build first.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder } from './shared/static-server.ts';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import { loadSiteSettings } from '../src/content-folder/site-settings.ts';
import { createUrls } from '../src/lib/urls.ts';

const outDir = path.resolve(process.env.COMMFOLIO_OUT_DIR || 'dist');
const format = process.argv.includes('--letter') ? 'Letter' : 'A4';

/** CHROMIUM_PATH when set (and only it), else the usual places. */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((candidate) => existsSync(candidate));
  if (found) return found;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v google-chrome'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = findChromium();
if (!executablePath) {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist` : 'none was found';
  console.error(`npm run cv:pdf prints the CV with a Chromium browser, and ${where}.
  - On Debian or Ubuntu: sudo apt-get install chromium
  - Or point to an installed Chrome or Chromium: CHROMIUM_PATH=/path/to/chrome npm run cv:pdf
  - Or open the CV page of your site in any browser, choose Print, then "Save as PDF".`);
  process.exit(1);
}
if (!existsSync(path.join(outDir, 'cv', 'index.html'))) {
  console.error(`${path.relative(process.cwd(), outDir)}/cv/index.html is missing: run npm run build first.`);
  process.exit(1);
}

const settings = loadSiteSettings(resolveContentDir(process.env, process.cwd()), process.env);
const urls = createUrls({ siteUrl: settings.url, basePath: settings.basePath, defaultLanguage: settings.defaultLanguage });
const server = await serveFolder(outDir, settings.basePath);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
try {
  for (const language of settings.languages) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${urls.section(language).cv()}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format, printBackground: false, preferCSSPageSize: format === 'A4', outline: true, tagged: true });
    const file = path.join(outDir, decodeURIComponent(urls.section(language).cvPdf().slice(settings.basePath.length)));
    writeFileSync(file, pdf);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${format}, ${Math.round(statSync(file).size / 1024)} KB)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
