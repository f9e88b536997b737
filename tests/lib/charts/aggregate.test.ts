import { describe, expect, test } from 'vitest';
import { aggregatePoints, bucketStart, chartBucket, MAX_CHART_POINTS, pointsToDraw } from '../../../src/lib/charts/aggregate.ts';
import { chartPoints } from '../../../src/lib/charts/chart-data.ts';
import { chartView } from '../../../src/lib/charts/chart-view.ts';
import { parseSeriesCsv } from '../../../src/lib/charts/csv-series.ts';
import { translator } from '../../../src/lib/i18n/translate.ts';

/** A CSV of `count` rows, one every `stepMinutes`, from 2022-01-01. */
function csv(count: number, stepMinutes: number, columns = 'likes,reach', row = (index: number) => `${index % 10},100`): string {
  const start = Date.UTC(2022, 0, 1);
  const format = (index: number) =>
    new Date(start + index * stepMinutes * 60_000).toISOString().slice(0, stepMinutes % 1440 === 0 ? 10 : 16);
  return `date,${columns}\n${Array.from({ length: count }, (_, index) => `${format(index)},${row(index)}`).join('\n')}\n`;
}

describe('chartBucket', () => {
  test.each([
    [MAX_CHART_POINTS, 1440, undefined],
    [MAX_CHART_POINTS + 1, 1440, 'week'],
    [5000, 60, 'week'],
    [3000, 1440, 'month'],
    [200_000, 1, 'week'],
    [900, 60 * 24 * 30, 'year'],
  ])('%i rows %i minutes apart are drawn by %s', (count, step, bucket) => {
    expect(chartBucket(parseSeriesCsv(csv(count, step)).series.rows)).toBe(bucket);
  });
  test('weeks start on Monday', () => {
    expect(new Date(bucketStart(new Date('2024-03-10T23:00:00Z'), 'week')).toISOString()).toBe('2024-03-04T00:00:00.000Z');
  });
});

describe('aggregatePoints', () => {
  test("a rate is the ratio of the period's totals, not the mean of daily rates", () => {
    const series = parseSeriesCsv('date,likes,reach\n2024-03-04,10,100\n2024-03-05,90,900\n2024-03-11,5,50\n').series;
    const chart = { type: 'line' as const, formula: 'likes / reach', unit: '%' };
    expect(
      aggregatePoints(chart, chartPoints(chart, series), 'week').map((point) => [point.date.toISOString().slice(0, 10), point.value]),
    ).toEqual([
      ['2024-03-04', 10],
      ['2024-03-11', 10],
    ]);
  });
});

describe('chartView of a long series', () => {
  const t = translator('en');
  const series = parseSeriesCsv(csv(200_000, 1)).series;
  test('a line chart draws and lists at most MAX_CHART_POINTS points, and says they are averages', () => {
    const view = chartView({ type: 'line', measure: 'likes', title: 'Likes' }, series, 'en', t);
    expect(view.table.rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(view.note).toBe('Weekly averages of 200,000 rows, too many to show one by one.');
    // The first week began on Monday 27 December 2021; the data, and so the date shown, on 1 January.
    expect(view.table.rows[0]?.[0]).toBe('Jan 1, 2022');
    expect(view.type === 'line' && view.wide.path.length).toBeLessThan(20_000);
  });
  test('a bar chart averages each side of the change on its own', () => {
    const view = chartView({ type: 'bars', measure: 'likes', title: 'Likes', changedAt: '2022-02-02' }, series, 'en', t);
    expect(view.table.rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 1);
    expect(view.table.rows.filter((row) => row[2] === 'After')[0]?.[0]).toBe('Feb 2, 2022');
    expect(view.note).toBe('Weekly averages of 200,000 rows, too many to show one by one.');
  });
  test('a short series is drawn as it is', () => {
    const short = parseSeriesCsv(csv(10, 1440)).series;
    expect(pointsToDraw({ type: 'line', measure: 'likes' }, chartPoints({ type: 'line', measure: 'likes' }, short)).points).toHaveLength(
      10,
    );
    expect(chartView({ type: 'line', measure: 'likes', title: 'Likes' }, short, 'en', t).note).toBeUndefined();
  });
});
