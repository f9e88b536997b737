// npm run cv:pdf [-- --letter]  writes dist/cv.pdf (and dist/<code>/cv.pdf for each other site
// language) from the built CV page, printed by headless Chromium. Run npm run build first.
// Everything it needs (the base path, the languages) is read from the build itself, so a site
// built with BASE_PATH=/portfolio/ prints styled without repeating it.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveFolder } from './shared/static-server.ts';
import { findChromium } from './shared/chromium.ts';
import { stopWhenNpmTookOptions } from './shared/npm-options.ts';
import { builtCvOf } from '../src/lib/built-cv.ts';

stopWhenNpmTookOptions();
const outDir = path.resolve(process.env.COMMFOLIO_OUT_DIR || 'dist');
const format = process.argv.includes('--letter') ? 'Letter' : 'A4';

const executablePath = findChromium();
if (!executablePath) {
  const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist` : 'none was found';
  console.error(`npm run cv:pdf prints the CV with Chromium, Google Chrome or Microsoft Edge, and ${where}.
  - Install Google Chrome, or on Debian or Ubuntu: sudo apt-get install chromium
  - Or point to an installed Chrome or Chromium: CHROMIUM_PATH=/path/to/chrome npm run cv:pdf
  - Or open the CV page of your site in any browser, choose Print, then "Save as PDF".`);
  process.exit(1);
}
const cvPage = path.join(outDir, 'cv', 'index.html');
const shownCvPage = path.relative(process.cwd(), cvPage);
if (!existsSync(cvPage)) {
  console.error(`${shownCvPage} is missing: run npm run build first.`);
  process.exit(1);
}
const built = builtCvOf(readFileSync(cvPage, 'utf8'));
if (built.problem !== undefined) {
  console.error(`${shownCvPage} ${built.problem}: run npm run build again.`);
  process.exit(1);
}

const server = await serveFolder(outDir, built.basePath);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const { path: cvPath, pdfPath } of built.pages) {
    const page = await browser.newPage();
    // A stylesheet or font the page cannot load would print an unstyled CV: stop instead.
    const missing: string[] = [];
    page.on('response', (response) => void (response.status() >= 400 && missing.push(new URL(response.url()).pathname)));
    page.on('requestfailed', (request) => void missing.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}${cvPath}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    if (missing.length > 0) {
      console.error(
        `The CV page ${cvPath} could not load ${missing.join(', ')} from ${path.relative(process.cwd(), outDir)}/, so its PDF would print unstyled. Run npm run build again, then npm run cv:pdf.`,
      );
      process.exitCode = 1;
      break;
    }
    const pdf = await page.pdf({ format, printBackground: false, preferCSSPageSize: format === 'A4', outline: true, tagged: true });
    const file = path.join(outDir, decodeURIComponent(pdfPath.slice(built.basePath.length)));
    writeFileSync(file, pdf);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${format}, ${Math.round(statSync(file).size / 1024)} KB)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
