/**
 * Keeps charts small whatever the size of their CSV file: a line or bar chart draws at most
 * MAX_CHART_POINTS points, and its data table has as many rows. A longer series is shown as
 * averages by day (timestamped rows), week (from Monday), month or year, the first of these that
 * fits; the chart says so under it. docs/reliability.md documents the limit.
 */
import { groupValue, type ChartPoint, type ChartSpec } from './chart-data.ts';

/** Most points a line or bar chart draws, and most rows its table lists: about one per 5 px at the wide size. */
export const MAX_CHART_POINTS = 120;

/** The periods rows are averaged over, shortest first. */
export const CHART_BUCKETS = ['day', 'week', 'month', 'year'] as const;
export type ChartBucket = (typeof CHART_BUCKETS)[number];

const DAY = 86_400_000;

/** The first moment (UTC) of the period a date falls in. */
export function bucketStart(date: Date, bucket: ChartBucket): number {
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  if (bucket === 'year') return Date.UTC(year, 0, 1);
  if (bucket === 'month') return Date.UTC(year, month, 1);
  const midnight = Date.UTC(year, month, day);
  return bucket === 'day' ? midnight : midnight - ((date.getUTCDay() + 6) % 7) * DAY;
}

/** The period to average `points` over so that at most MAX_CHART_POINTS remain, or undefined when they fit. */
export function chartBucket(points: readonly { date: Date }[]): ChartBucket | undefined {
  if (points.length <= MAX_CHART_POINTS) return undefined;
  return CHART_BUCKETS.find((bucket) => new Set(points.map((point) => bucketStart(point.date, bucket))).size <= MAX_CHART_POINTS) ?? 'year';
}

/**
 * One point per period, dated at its start (or at its first row's day, for a period the series
 * starts within, so no date shown comes before the data): the chart's value for the period (groupValue: a rate
 * is the ratio of the period's totals) and the mean of each measure. Points stay in date order.
 */
export function aggregatePoints(chart: ChartSpec, points: readonly ChartPoint[], bucket: ChartBucket): ChartPoint[] {
  const groups = Map.groupBy(points, (point) => bucketStart(point.date, bucket));
  return [...groups].map(([start, group]) => {
    const names = new Set(group.flatMap((point) => Object.keys(point.values)));
    const values = Object.fromEntries(
      [...names].map((name) => {
        const present = group.flatMap((point) => (point.values[name] === undefined ? [] : [point.values[name]!]));
        return [name, present.length === 0 ? undefined : present.reduce((sum, value) => sum + value, 0) / present.length];
      }),
    );
    return { date: new Date(Math.max(start, bucketStart(group[0]!.date, 'day'))), value: groupValue(chart, group), values };
  });
}

/** The points a chart draws: all of them when they fit, else their averages by period (see chartBucket). */
export function pointsToDraw(chart: ChartSpec, points: readonly ChartPoint[]): { points: ChartPoint[]; bucket?: ChartBucket } {
  const bucket = chartBucket(points);
  return bucket ? { points: aggregatePoints(chart, points, bucket), bucket } : { points: [...points] };
}
