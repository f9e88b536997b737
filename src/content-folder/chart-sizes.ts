import path from 'node:path';
import { chartPoints, type ChartSpec } from '../lib/charts/chart-data.ts';
import { chartBucket } from '../lib/charts/aggregate.ts';
import { parseSeriesCsv } from '../lib/charts/csv-series.ts';
import type { ChartSize } from '../lib/portfolio-review.ts';
import { readTextFile } from './text-file.ts';

/**
 * For each line and bar chart of the case studies, how many rows its CSV file has and the period
 * it is averaged over when it has more than a chart can show (lib/charts/aggregate.ts), for the
 * review's advice. Charts whose file cannot be read are left to the check, which reports them.
 */
export function chartSizes(caseStudies: readonly { file: string; data: Record<string, unknown> }[]): ChartSize[] {
  return caseStudies.flatMap(({ file, data }) =>
    (Array.isArray(data.charts) ? (data.charts as Record<string, unknown>[]) : []).flatMap((chart, index) => {
      if ((chart.type !== 'line' && chart.type !== 'bars') || typeof chart.file !== 'string') return [];
      const text = readTextFile(path.resolve(path.dirname(file), chart.file));
      if (text.problem !== undefined) return [];
      const { series } = parseSeriesCsv(text.text);
      const bucket = chartBucket(chartPoints(chart as unknown as ChartSpec, series));
      return bucket ? [{ file, field: `charts[${index}]`, csvFile: chart.file, rows: series.rows.length, bucket }] : [];
    }),
  );
}
