/**
 * The one module that reads content collections. Pages ask it for sorted, filtered entries and
 * for the site's settings and URLs; drafts are included only in `astro dev`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chartView, type ChartView } from './lib/charts/chart-view.ts';
import { parseSeriesCsv } from './lib/charts/csv-series.ts';
import { publishScreenshot } from './lib/screenshots/publish-screenshot.ts';
import { screenshotView, type ScreenshotView } from './lib/screenshots/screenshot-view.ts';
import type { Screenshot } from './schemas/screenshot.ts';
import { byNewest, groupByTag, isPublished } from './lib/collections.ts';
import { resolveContentDir } from './lib/content-layout.ts';
import { headlineMetric, metricHeadline } from './lib/metrics.ts';
import { readingMinutes } from './lib/reading-time.ts';
import { loadSiteSettings } from './lib/site-settings.ts';
import { caseStudyCard, homeCard, pageCard, postCard, type CardContext, type CardData } from './lib/social-card/card-data.ts';
import { translator } from './lib/i18n/translate.ts';
import { createUrls, type CardKey } from './lib/urls.ts';

export type Post = CollectionEntry<'posts'>;
export type CaseStudy = CollectionEntry<'caseStudies'>;
export type Profile = CollectionEntry<'profile'>;

/** Validated site settings with SITE_URL / BASE_PATH applied. */
export const settings = loadSiteSettings(resolveContentDir(process.env, process.cwd()), process.env);

/** The site's URL builder. */
export const urls = createUrls({ siteUrl: settings.url, basePath: settings.basePath });

declare const __COMMFOLIO_INCLUDE_DRAFTS__: boolean;
/** Where src/lib/screenshots writes published copies; the screenshots integration defines it. */
declare const __COMMFOLIO_SCREENSHOT_CACHE__: string;
/** Drafts are shown by `astro dev` only; the content-check integration defines this flag. */
const includeDrafts = __COMMFOLIO_INCLUDE_DRAFTS__;

/** Language of an entry: its own field, else the site default. */
export function languageOf(entry: { data: { language?: string } }): string {
  return entry.data.language ?? settings.defaultLanguage;
}

/** The profile (content/profile.md). */
export async function getProfile(): Promise<Profile> {
  const [profile] = await getCollection('profile');
  if (!profile) throw new Error('content/profile.md is missing; create it with name and headline.');
  return profile;
}

/** Published posts, newest first. */
export async function getPosts(): Promise<Post[]> {
  return byNewest((await getCollection('posts')).filter((post) => isPublished(post, includeDrafts)));
}

/** Published case studies, newest first. */
export async function getCaseStudies(): Promise<CaseStudy[]> {
  return byNewest((await getCollection('caseStudies')).filter((caseStudy) => isPublished(caseStudy, includeDrafts)));
}

/** Featured case studies, or the newest three when none is featured. */
export async function getFeaturedCaseStudies(): Promise<CaseStudy[]> {
  const caseStudies = await getCaseStudies();
  const featured = caseStudies.filter((caseStudy) => caseStudy.data.featured);
  return featured.length > 0 ? featured : caseStudies.slice(0, 3);
}

/** Tags of published posts with their posts. */
export async function getPostTags() {
  return groupByTag(await getPosts());
}

/** Minutes to read an entry, counted in its own language. */
export function readingTimeOf(entry: Post | CaseStudy): number {
  return readingMinutes(entry.body ?? '', languageOf(entry));
}

/** "+240% followers in 90 days" for a case study with metrics. */
export function headlineOf(caseStudy: CaseStudy): string | undefined {
  const metric = headlineMetric(caseStudy.data.metrics);
  const language = languageOf(caseStudy);
  return metric ? metricHeadline(metric, language, translator(language)('caseStudy.in')) : undefined;
}

/** Every social card the site publishes, with the data it shows. */
export async function getSocialCards(): Promise<{ key: CardKey; data: CardData }[]> {
  const [profile, posts, caseStudies, tags] = await Promise.all([getProfile(), getPosts(), getCaseStudies(), getPostTags()]);
  const t = translator(settings.defaultLanguage);
  const context: CardContext = { siteTitle: settings.title, ownerName: profile.data.name, host: new URL(settings.url).host, language: settings.defaultLanguage };
  return [
    { key: { kind: 'home' }, data: homeCard(context, profile.data.headline) },
    { key: { kind: 'about' }, data: pageCard(context, `${t('about.title')} — ${profile.data.name}`, profile.data.headline) },
    { key: { kind: 'blog' }, data: pageCard(context, t('blog.title'), t('blog.intro')) },
    { key: { kind: 'case-studies' }, data: pageCard(context, t('caseStudies.title'), t('caseStudies.intro')) },
    { key: { kind: 'not-found' }, data: pageCard(context, t('notFound.title')) },
    ...posts.map((post) => ({
      key: { kind: 'post' as const, slug: post.id },
      data: postCard(context, { ...post.data, language: languageOf(post) }),
    })),
    ...caseStudies.map((caseStudy) => ({
      key: { kind: 'case-study' as const, slug: caseStudy.id },
      data: caseStudyCard(context, { ...caseStudy.data, language: languageOf(caseStudy) }, headlineOf(caseStudy)),
    })),
    ...tags.map((tag) => ({
      key: { kind: 'tag' as const, slug: tag.slug },
      data: pageCard(context, `#${tag.name}`, t('blog.postCount', { count: tag.entries.length })),
    })),
  ];
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

async function publish(caseStudy: CaseStudy, screenshot: Screenshot): Promise<ScreenshotView> {
  const published = await publishScreenshot(besideEntry(caseStudy, screenshot.file), screenshot.redact, __COMMFOLIO_SCREENSHOT_CACHE__);
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
