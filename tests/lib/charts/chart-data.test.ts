import { describe, expect, test } from 'vitest';
import { chartPoints, chartProblems, groupValue, splitAt, weekdayHourGrid } from '../../../src/lib/charts/chart-data.ts';
import { parseSeriesCsv } from '../../../src/lib/charts/csv-series.ts';

const weekly = parseSeriesCsv('date,likes,reach\n2022-08-18,10,1000\n2022-08-25,30,1000\n2022-09-01,90,2000\n2022-09-08,30,1000\n').series;
const posts = parseSeriesCsv('date,likes\n2024-01-01T19:10,10\n2024-01-08T19:40,20\n2024-01-07T08:00,6\n').series;

describe('chartProblems', () => {
  test.each([
    [
      { type: 'line' as const, measure: 'folowers' },
      weekly,
      'measure',
      /unknown measure "folowers": data\.csv has no such column \(its columns are: likes, reach\)/,
    ],
    [{ type: 'line' as const, formula: 'likes / impressions' }, weekly, 'formula', /unknown measure "impressions"/],
    [{ type: 'heatmap' as const, measure: 'likes' }, weekly, 'type', /needs the time of each row/],
    [{ type: 'bars' as const, measure: 'likes', changedAt: '2023-01-01' }, weekly, 'changedAt', /leaves no rows from 2023-01-01/],
  ])('%o is refused at %s', (chart, series, field, message) => {
    expect(chartProblems(chart, series, 'data.csv')).toContainEqual({ field, message: expect.stringMatching(message) });
  });
  test('accepts a drawable chart', () => {
    expect(chartProblems({ type: 'bars', formula: 'likes / reach', changedAt: '2022-09-01' }, weekly, 'data.csv')).toEqual([]);
  });
});

describe('chart values', () => {
  const rate = { type: 'bars' as const, formula: 'likes / reach', unit: '%' };
  test('a formula is computed per row, × 100 for "%"', () => {
    expect(chartPoints(rate, weekly).map((point) => point.value)).toEqual([1, 3, 4.5, 3]);
  });
  test.each([
    ['before', 2],
    ['after', 4],
  ] as const)('a group of rows is the ratio of its totals (%s: %d%%), not the average of rates', (side, expected) => {
    const split = splitAt(rate, chartPoints(rate, weekly), '2022-09-01');
    expect(side === 'before' ? split.beforeValue : split.afterValue).toBeCloseTo(expected, 10);
  });
  test('a plain measure groups to its mean', () => {
    expect(groupValue({ type: 'line', measure: 'likes' }, chartPoints({ type: 'line', measure: 'likes' }, weekly))).toBe(40);
  });
});

describe('weekdayHourGrid', () => {
  test('groups rows by weekday (Monday first) and hour of day', () => {
    const cells = weekdayHourGrid({ type: 'heatmap', measure: 'likes' }, chartPoints({ type: 'heatmap', measure: 'likes' }, posts));
    expect(cells).toHaveLength(7 * 24);
    expect(cells.filter((cell) => cell.count > 0)).toEqual([
      { weekday: 0, hour: 19, value: 15, count: 2 },
      { weekday: 6, hour: 8, value: 6, count: 1 },
    ]);
  });
});
