/**
 * The one module that reads content collections. Pages ask it for sorted, filtered entries per
 * language section and for the site's settings and URLs; drafts are included only in `astro dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chartView, type ChartView } from './lib/charts/chart-view.ts';
import { parseSeriesCsv } from './lib/charts/csv-series.ts';
import { publishScreenshot } from './lib/screenshots/publish-screenshot.ts';
import { redactionLookup, redactionsByHash } from './content-folder/privacy/redacted-images.ts';
import { screenshotView, type ScreenshotView } from './lib/screenshots/screenshot-view.ts';
import type { Screenshot } from './schemas/screenshot.ts';
import { byNewest, groupByTag, isPublished } from './lib/collections.ts';
import { hasEntries, resolveContentDir } from './lib/content-layout.ts';
import { headlineMetric, metricHeadline } from './lib/metrics.ts';
import { readingMinutes } from './lib/reading-time.ts';
import { loadSiteSettings } from './lib/site-settings.ts';
import { mergeProfile, sectionLanguage } from './lib/translations.ts';
import { translator } from './lib/i18n/translate.ts';
import { createUrls } from './lib/urls.ts';

export type Post = CollectionEntry<'posts'>;
export type CaseStudy = CollectionEntry<'caseStudies'>;
export type Profile = CollectionEntry<'profile'>;
export type Application = CollectionEntry<'applications'>;

const contentDir = resolveContentDir(process.env, process.cwd());

/** Validated site settings with SITE_URL / BASE_PATH applied. */
export const settings = loadSiteSettings(contentDir, process.env);

const hasApplications = hasEntries(contentDir, 'applications');

/** The site's URL builder. */
export const urls = createUrls({ siteUrl: settings.url, basePath: settings.basePath, defaultLanguage: settings.defaultLanguage });

declare const __COMMFOLIO_INCLUDE_DRAFTS__: boolean;
/** Where src/lib/screenshots writes published copies; the screenshots integration defines it. */
declare const __COMMFOLIO_SCREENSHOT_CACHE__: string;
/** Drafts are shown by `astro dev` only; the content-check integration defines this flag. */
const includeDrafts = __COMMFOLIO_INCLUDE_DRAFTS__;

/** Language an entry is written in: its own field, else the site default. */
export function languageOf(entry: { data: { language?: string } }): string {
  return entry.data.language ?? settings.defaultLanguage;
}

/** The interface section (language) an entry's page belongs to. */
export function sectionOf(entry: { data: { language?: string } }): string {
  return sectionLanguage(languageOf(entry), settings.languages, settings.defaultLanguage);
}

/** The site path of a post or case study page. */
export function pathOf(entry: Post | CaseStudy): string {
  const section = urls.section(sectionOf(entry));
  return entry.collection === 'posts' ? section.post(entry.id) : section.caseStudy(entry.id);
}

/** The profile for a section: its translation (profile.<code>.md) merged over the main profile. */
export async function getProfile(language = settings.defaultLanguage): Promise<Profile> {
  const profiles = await getCollection('profile');
  const main = profiles.find((profile) => languageOf(profile) === settings.defaultLanguage) ?? profiles[0];
  if (!main) throw new Error('content/profile.md is missing; create it with name and headline.');
  const translation = profiles.find((profile) => profile !== main && languageOf(profile) === language);
  return translation ? { ...translation, data: mergeProfile(main.data, translation.data) } : main;
}

/** Published posts, newest first: all of them, or one section's. */
export async function getPosts(section?: string): Promise<Post[]> {
  const posts = (await getCollection('posts')).filter((post) => isPublished(post, includeDrafts));
  return byNewest(section ? posts.filter((post) => sectionOf(post) === section) : posts);
}

/** Published case studies, newest first: all of them, or one section's. */
export async function getCaseStudies(section?: string): Promise<CaseStudy[]> {
  const caseStudies = (await getCollection('caseStudies')).filter((caseStudy) => isPublished(caseStudy, includeDrafts));
  return byNewest(section ? caseStudies.filter((caseStudy) => sectionOf(caseStudy) === section) : caseStudies);
}

/** A section's featured case studies, or its newest three when none is featured. */
export async function getFeaturedCaseStudies(section: string): Promise<CaseStudy[]> {
  const caseStudies = await getCaseStudies(section);
  const featured = caseStudies.filter((caseStudy) => caseStudy.data.featured);
  return featured.length > 0 ? featured : caseStudies.slice(0, 3);
}

/** Tags of a section's published posts, with their posts. */
export async function getPostTags(section: string) {
  return groupByTag(await getPosts(section));
}

/** Minutes to read an entry, counted in its own language. */
export function readingTimeOf(entry: Post | CaseStudy): number {
  return readingMinutes(entry.body ?? '', languageOf(entry));
}

/** "+240% followers in 90 days" for a case study with metrics, in its language. */
export function headlineOf(caseStudy: CaseStudy): string | undefined {
  const metric = headlineMetric(caseStudy.data.metrics);
  const language = languageOf(caseStudy);
  return metric ? metricHeadline(metric, language, translator(language)('caseStudy.in')) : undefined;
}

/** Languages that published posts are written in, each with a feed of its own. */
export async function getFeedLanguages(): Promise<string[]> {
  return [...new Set((await getPosts()).map(languageOf))].sort();
}

/**
 * Application pages, each with the case studies and posts it names (in its order). They are
 * unlisted: no listing, feed, sitemap or navigation reads them.
 */
export async function getApplications() {
  // Most sites have no applications; asking Astro for an empty collection logs a warning per page.
  if (!hasApplications) return [];
  const [applications, caseStudies, posts] = await Promise.all([getCollection('applications'), getCaseStudies(), getPosts()]);
  return applications
    .filter((application) => isPublished({ id: application.id, data: { ...application.data, publishedAt: new Date(0) } }, includeDrafts))
    .map((application) => ({
      application,
      caseStudies: application.data.caseStudies.flatMap((slug) => caseStudies.filter((caseStudy) => caseStudy.id === slug)),
      posts: application.data.posts.flatMap((slug) => posts.filter((post) => post.id === slug)),
    }));
}

/** A file written beside a case study's Markdown (a CSV, a screenshot), as an absolute path. */
function besideEntry(caseStudy: CaseStudy, file: string): string {
  return path.resolve(process.cwd(), path.dirname(caseStudy.filePath ?? ''), file);
}

/** The case study's charts, drawn from their CSV files in the case study's language. */
export function chartsOf(caseStudy: CaseStudy): ChartView[] {
  const language = languageOf(caseStudy);
  return caseStudy.data.charts.map((chart) => {
    const file = besideEntry(caseStudy, chart.file);
    const { series, problems } = parseSeriesCsv(readFileSync(file, 'utf8'));
    // The content check stops the build before this on any problem; this only guards against edits mid-build.
    if (problems.length > 0) throw new Error(`${file} line ${problems[0]!.line}: ${problems[0]!.message}`);
    return chartView(chart, series, language, translator(language));
  });
}

/** The regions hidden in each image anywhere in the content: a file redacted in one place is redacted everywhere. */
const redactionsOf = redactionLookup(redactionsByHash(contentDir));

async function publish(caseStudy: CaseStudy, screenshot: Screenshot): Promise<ScreenshotView> {
  const file = besideEntry(caseStudy, screenshot.file);
  const published = await publishScreenshot(file, redactionsOf(file, screenshot.redact), __COMMFOLIO_SCREENSHOT_CACHE__);
  return screenshotView(published, screenshot, urls.screenshotFile);
}

/** The case study's screenshots and before/after pairs, redacted, re-encoded and ready to link. */
export async function screenshotsOf(caseStudy: CaseStudy): Promise<{ screenshots: ScreenshotView[]; comparisons: { caption?: string; before: ScreenshotView; after: ScreenshotView }[] }> {
  const screenshots = [];
  for (const screenshot of caseStudy.data.screenshots) screenshots.push(await publish(caseStudy, screenshot));
  const comparisons = [];
  for (const { caption, before, after } of caseStudy.data.comparisons) comparisons.push({ caption, before: await publish(caseStudy, before), after: await publish(caseStudy, after) });
  return { screenshots, comparisons };
}
