/**
 * Checks what a case study's frontmatter points at, beyond its paths: each CSV file (every line
 * with a missing value, a bad date or a non-number), whether each chart's measures are columns of
 * its CSV, and whether screenshots' redactions lie inside them.
 * Runs item by item, so a mistake elsewhere in the frontmatter does not hide these.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createChartSchema, type FileFieldFactory } from '../../schemas/chart.ts';
import { createScreenshotSchema } from '../../schemas/screenshot.ts';
import { chartProblems } from '../../lib/charts/chart-data.ts';
import { parseSeriesCsv, type Series } from '../../lib/charts/csv-series.ts';
import { resolveRegion } from '../../lib/screenshots/regions.ts';
import { displayedSize, unreadableImageProblem } from '../image-size.ts';
import { readTextFile } from '../text-file.ts';
import type { ContentProblem } from '../../lib/content-problems.ts';

import { markdownSectionHeadings, sectionKey } from '../../lib/markdown/sections.ts';
import { closestName, quoteValue } from '../../schemas/messages.ts';

/** Problems in the CSV files, charts and screenshots of the case study in `entryFile`. */
export async function checkCaseStudyFiles(
  entryFile: string,
  data: Record<string, unknown>,
  body: string,
  file: FileFieldFactory,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const beside = (reference: string) => path.resolve(path.dirname(entryFile), reference);
  const seriesByFile = new Map<string, Series | undefined>();
  const chartSchema = createChartSchema(file);
  const csvField = file(['.csv']);
  /** A CSV file's series, read once however many charts use it; undefined when it cannot be used. */
  const seriesOf = (csvFile: string): Series | undefined => {
    if (seriesByFile.has(csvFile)) return seriesByFile.get(csvFile);
    const text = readTextFile(csvFile);
    if (text.problem !== undefined) {
      problems.push({ file: csvFile, field: '', message: text.problem });
      seriesByFile.set(csvFile, undefined);
      return undefined;
    }
    const { series, problems: csvProblems } = parseSeriesCsv(text.text);
    problems.push(
      ...csvProblems.map((problem) => ({
        file: csvFile,
        field: `line ${problem.line}${problem.column ? `, ${problem.column}` : ''}`,
        message: problem.message,
      })),
    );
    // Charts are checked against the columns unless the header itself is unusable (no date column, no measures).
    seriesByFile.set(csvFile, csvProblems.some((problem) => problem.line === 1 && !problem.column) ? undefined : series);
    return seriesByFile.get(csvFile);
  };
  for (const [index, item] of (Array.isArray(data.charts) ? data.charts : []).entries()) {
    // The CSV file is read whenever its path is usable, so its problems show even when another field of the chart is wrong.
    const reference = (item as Record<string, unknown> | null)?.file;
    if (typeof reference !== 'string' || !(await csvField.safeParseAsync(reference)).success) continue;
    const series = seriesOf(beside(reference));
    const chart = await chartSchema.safeParseAsync(item);
    if (!chart.success || !series) continue;
    for (const problem of chartProblems(chart.data, series, chart.data.file))
      problems.push({ file: entryFile, field: `charts[${index}].${problem.field}`, message: problem.message });
  }
  const screenshotSchema = createScreenshotSchema(file);
  const screenshots: [string, unknown][] = (Array.isArray(data.screenshots) ? data.screenshots : []).map((item, index) => [
    `screenshots[${index}]`,
    item,
  ]);
  for (const [index, pair] of (Array.isArray(data.comparisons) ? data.comparisons : []).entries()) {
    for (const side of ['before', 'after'])
      screenshots.push([`comparisons[${index}].${side}`, (pair as Record<string, unknown> | null)?.[side]]);
  }
  if (data.cover !== undefined) screenshots.push(['cover', data.cover]);
  for (const [field, item] of screenshots) {
    const screenshot = await screenshotSchema.safeParseAsync(item);
    if (!screenshot.success || !existsSync(beside(screenshot.data.file))) continue;
    // The file field itself reports an unreadable image or one over the pixel limit; here only its regions are checked.
    if (await unreadableImageProblem(beside(screenshot.data.file))) continue;
    const { width, height } = await displayedSize(beside(screenshot.data.file));
    screenshot.data.redact.forEach((region, regionIndex) => {
      const { problem } = resolveRegion(region, width, height);
      if (problem)
        problems.push({
          file: entryFile,
          field: `${field}.redact[${regionIndex}]`,
          message: `${problem} ("${screenshot.data.file}" is ${width}×${height} px.)`,
        });
    });
  }
  problems.push(...sectionProblems(entryFile, data, body));
  return problems;
}

/** Screenshots whose `section:` names no ## heading of the case study's text. */
function sectionProblems(entryFile: string, data: Record<string, unknown>, body: string): ContentProblem[] {
  const sections = (Array.isArray(data.screenshots) ? data.screenshots : []).map((item) => (item as { section?: unknown } | null)?.section);
  if (!sections.some((section) => typeof section === 'string')) return [];
  const headings = markdownSectionHeadings(body);
  const known = new Set(headings.map(sectionKey));
  return sections.flatMap((section, index) => {
    if (typeof section !== 'string' || section.trim() === '' || known.has(sectionKey(section))) return [];
    const suggestion = closestName(section, headings);
    const listed = headings.length > 0 ? `Its ## headings are: ${headings.join(', ')}.` : 'Its text has no ## headings yet.';
    return [
      {
        file: entryFile,
        field: `screenshots[${index}].section`,
        message: `names ${quoteValue(section)}, which is not a ## heading of this case study. ${suggestion ? `Did you mean "${suggestion}"? ` : ''}${listed}`,
      },
    ];
  });
}
