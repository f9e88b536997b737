import { describe, expect, test } from 'vitest';
import { importMetricsCsv, measureNameFor, readExportDate, readExportNumber } from '../../../src/lib/import/metrics-import.ts';

describe('readExportNumber', () => {
  test.each([
    ['1,234', 1234],
    ['1 234', 1234],
    ['4.5%', 4.5],
    ['12.5K', 12500],
    ['1.2M', 1200000],
    ['-3', -3],
    ['', undefined],
    ['–', undefined],
    ['N/A', undefined],
    ['lots', Number.NaN],
  ])('%j is %d', (cell, expected) => {
    expect(readExportNumber(cell)).toEqual(expected);
  });
});

describe('readExportDate', () => {
  test.each([
    ['2022-09-01', undefined, '2022-09-01'],
    ['2022-09-01T19:30:00+05:30', undefined, '2022-09-01T19:30'],
    ['2022-09-01 07:05:00', undefined, '2022-09-01T07:05'],
    ['03/04/2024', 'dmy', '2024-04-03'],
    ['03/04/2024', 'mdy', '2024-03-04'],
    ['3.4.2024 9:15', 'dmy', '2024-04-03T09:15'],
  ] as const)('%s (%s) is %s', (cell, order, expected) => {
    expect(readExportDate(cell, order)).toEqual({ date: expected });
  });
  test.each([
    ['03/04/2024', undefined, /--date-order dmy or --date-order mdy/],
    ['31/09/2022', 'dmy', /not a date/],
    ['yesterday', undefined, /not a date/],
  ] as const)('%s (%s) is refused', (cell, order, message) => {
    expect(readExportDate(cell, order).problem).toMatch(message);
  });
});

describe('measureNameFor', () => {
  test.each([
    ['Accounts reached', 'accounts_reached'],
    ['Reach (accounts)', 'reach_accounts'],
    ['  Likes ', 'likes'],
    ['7-day actives', 'm_7_day_actives'],
  ])('%j is %s', (header, expected) => {
    expect(measureNameFor(header)).toBe(expected);
  });
});

describe('importMetricsCsv', () => {
  const exported =
    'Date,Follower count,Accounts reached,Post type\n2022-09-02,"8,555",1.3K,Reel\n2022-09-01,"8,400",,Photo\n2022-09-03,lots,1400,Reel\n';

  test('maps columns by the given names, sorts by date and reports unreadable rows', () => {
    const result = importMetricsCsv(exported, { mapping: { followers: 'Follower count', reach: 'Accounts reached' } });
    expect(result.csv).toBe('date,followers,reach\n2022-09-01,8400,\n2022-09-02,8555,1300\n');
    expect(result.skipped).toEqual([{ line: 4, message: 'followers: "lots" is not a number.' }]);
    expect(result.problems).toEqual([]);
  });

  test('without a mapping takes the date column and the all-number columns', () => {
    const result = importMetricsCsv('Date,Likes,Post type\n2022-09-01,4,Reel\n', { mapping: {} });
    expect(result.csv).toBe('date,likes\n2022-09-01,4\n');
  });

  test.each([
    [{ followers: 'Followers' }, /no column "Followers" for followers/],
    [{ 'follower count': 'Follower count' }, /"follower count" is not a measure name/],
    [{ date: 'Day', followers: 'Follower count' }, /no column "Day" for date/],
  ])('refuses the mapping %o', (mapping, message) => {
    expect(importMetricsCsv(exported, { mapping }).problems).toContainEqual(expect.stringMatching(message));
  });

  test('turns hostile export headers into plain measure names', () => {
    expect(importMetricsCsv('date,"</script><b>Likes"\n2022-09-01,1\n', { mapping: {} }).csv).toBe('date,script_b_likes\n2022-09-01,1\n');
  });
});
