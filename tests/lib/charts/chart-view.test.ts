import { describe, expect, test } from 'vitest';
import { chartView } from '../../../src/lib/charts/chart-view.ts';
import { parseSeriesCsv } from '../../../src/lib/charts/csv-series.ts';
import { translator } from '../../../src/lib/i18n/translate.ts';

const t = translator('en');
const series = (rows: [string, number][]) =>
  parseSeriesCsv(`date,value\n${rows.map(([date, value]) => `${date},${value}`).join('\n')}\n`).series;
const line = { type: 'line' as const, measure: 'value', title: 'Followers', label: 'Followers' };

describe('a line chart and the day the work began', () => {
  const growth = series([
    ['2022-06-01', 7887],
    ['2022-08-01', 8200],
    ['2022-09-01', 8400],
    ['2022-10-15', 19000],
    ['2022-11-29', 28560],
  ]);

  test('the summary adds the change since the work began, the figure a headline quotes', () => {
    expect(chartView(line, growth, 'en', t, '2022-09-01').summary).toBe(
      'Followers went from 7,887 on Jun 1, 2022 to 28,560 on Nov 29, 2022 (+262%). The highest value was 28,560 on Nov 29, 2022. ' +
        'Since the work began on Sep 1, 2022: Followers went from 8,400 to 28,560 on Nov 29, 2022 (+240%).',
    );
  });

  test('the day is marked on both sizes, at the first point from that day; a month means its first day', () => {
    const view = chartView(line, growth, 'en', t, '2022-09');
    if (view.type !== 'line') throw new Error('a line chart');
    for (const layout of [view.narrow, view.wide]) {
      expect(layout.marker?.label).toBe('Work began');
      expect(layout.marker!.x).toBeGreaterThan(layout.area.left);
      expect(layout.marker!.x).toBeLessThan(layout.area.right);
    }
  });

  test.each([['2022-05-01'], ['2022-06-01'], ['2023-01-01'], [undefined]])(
    'work that began on %s, not inside the chart, is neither marked nor summarised',
    (start) => {
      const view = chartView(line, growth, 'en', t, start);
      expect(view.summary).not.toContain('Since the work began');
      if (view.type === 'line') expect(view.wide.marker).toBeUndefined();
    },
  );
});

describe('a spike', () => {
  const crisis = series([
    ['2026-07-12', 14],
    ['2026-07-13', 14.6],
    ['2026-07-14', 61],
    ['2026-07-15', 54],
    ['2026-07-16', 43],
    ['2026-07-17', 22],
    ['2026-07-18', 20],
    ['2026-07-27', 15.5],
  ]);
  const share = { ...line, title: 'Negative share', label: 'Negative share', unit: '%' };

  test('is told by its peak and its recovery: the first day back within a quarter of the rise', () => {
    expect(chartView(share, crisis, 'en', t).summary).toBe(
      'Negative share rose from 14% on Jul 12, 2026 to a peak of 61% on Jul 14, 2026, was back down to 22% by Jul 17, 2026 and ended at 15.5% on Jul 27, 2026.',
    );
  });

  test.each([
    [
      'a rise to the last day',
      [
        ['2026-07-01', 10],
        ['2026-07-02', 40],
        ['2026-07-03', 60],
      ],
    ],
    [
      'a peak that falls back less than half way',
      [
        ['2026-07-01', 10],
        ['2026-07-02', 60],
        ['2026-07-03', 45],
      ],
    ],
  ] as const)('%s is not a spike', (_, rows) => {
    expect(chartView(share, series(rows.map(([date, value]) => [date, value])), 'en', t).summary).toMatch(
      / went from .* The highest value was /,
    );
  });
});
