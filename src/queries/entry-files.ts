/**
 * The files beside an entry's Markdown that its page shows: chart data read from CSV files, and
 * screenshots published (redacted, re-encoded) through the screenshots integration's cache.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, screenshotCacheDir } from 'virtual:commfolio/build';
import { chartView, type ChartView } from '../lib/charts/chart-view.ts';
import { parseSeriesCsv } from '../lib/charts/csv-series.ts';
import { translator } from '../lib/i18n/translate.ts';
import { screenshotView, type ScreenshotView } from '../lib/screenshots/screenshot-view.ts';
import { publishScreenshot } from '../integrations/screenshots/publish.ts';
import { redactionLookup, redactionsByHash } from '../content-folder/privacy/redacted-images.ts';
import type { Screenshot } from '../schemas/screenshot.ts';
import type { CaseStudy } from './collections.ts';
import { languageOf, urls } from './site.ts';

/** An entry's Markdown file, or a file written beside it (`./data.csv`), as an absolute path. */
export function entryFile(entry: { filePath?: string }, besideFile?: string): string {
  const markdown = path.resolve(process.cwd(), entry.filePath ?? '');
  return besideFile === undefined ? markdown : path.resolve(path.dirname(markdown), besideFile);
}

/** The case study's charts, drawn from their CSV files in the case study's language, with the day the work began marked. */
export function chartsOf(caseStudy: CaseStudy): ChartView[] {
  const language = languageOf(caseStudy);
  return caseStudy.data.charts.map((chart) => {
    const file = entryFile(caseStudy, chart.file);
    const { series, problems } = parseSeriesCsv(readFileSync(file, 'utf8'));
    // The content check stops the build before this on any problem; this only guards against edits mid-build.
    if (problems.length > 0) throw new Error(`${file} line ${problems[0]!.line}: ${problems[0]!.message}`);
    return chartView(chart, series, language, translator(language), caseStudy.data.period.start);
  });
}

/** The regions hidden in each image anywhere in the content: a file redacted in one place is redacted everywhere. */
export const redactionsOf = redactionLookup(redactionsByHash(contentDir));

async function publish(caseStudy: CaseStudy, screenshot: Screenshot & { section?: string }): Promise<ScreenshotView> {
  const file = entryFile(caseStudy, screenshot.file);
  const published = await publishScreenshot(file, redactionsOf(file, screenshot.redact), screenshotCacheDir);
  return screenshotView(published, screenshot, urls.screenshotFile);
}

/**
 * The case study's cover: its `cover` image, else its first screenshot (the same published files,
 * cropped by the page), else undefined. `fromScreenshots` says which, so a page does not show it twice.
 */
export async function coverOf(caseStudy: CaseStudy): Promise<{ image: ScreenshotView; fromScreenshots: boolean } | undefined> {
  const { cover, screenshots } = caseStudy.data;
  if (cover) return { image: await publish(caseStudy, cover), fromScreenshots: false };
  return screenshots[0] && { image: await publish(caseStudy, screenshots[0]), fromScreenshots: true };
}

/** The case study's screenshots and before/after pairs, redacted, re-encoded and ready to link. */
export async function screenshotsOf(
  caseStudy: CaseStudy,
): Promise<{ screenshots: ScreenshotView[]; comparisons: { caption?: string; before: ScreenshotView; after: ScreenshotView }[] }> {
  const screenshots = [];
  for (const screenshot of caseStudy.data.screenshots) screenshots.push(await publish(caseStudy, screenshot));
  const comparisons = [];
  for (const { caption, before, after } of caseStudy.data.comparisons)
    comparisons.push({ caption, before: await publish(caseStudy, before), after: await publish(caseStudy, after) });
  return { screenshots, comparisons };
}
