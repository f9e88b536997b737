import { describe, expect, test } from 'vitest';
import { parseSeriesCsv, parseSeriesDate } from '../../../src/lib/charts/csv-series.ts';

describe('parseSeriesCsv', () => {
  test('reads dates, measures and empty cells, sorted by date', () => {
    const { series, problems } = parseSeriesCsv('\uFEFFdate,followers,reach\r\n2022-09-02,8500,\r\n2022-09-01,8400,1200\r\n');
    expect(problems).toEqual([]);
    expect(series.columns).toEqual(['followers', 'reach']);
    expect(series.rows.map((row) => [row.line, row.date.toISOString().slice(0, 10), row.values])).toEqual([
      [3, '2022-09-01', { followers: 8400, reach: 1200 }],
      [2, '2022-09-02', { followers: 8500, reach: undefined }],
    ]);
    expect(series.hasTimes).toBe(false);
  });

  test('knows when every row has a time of day', () => {
    expect(parseSeriesCsv('date,likes\n2022-09-01T19:30,4\n2022-09-02 08:00,5\n').series.hasTimes).toBe(true);
    expect(parseSeriesCsv('date,likes\n2022-09-01T19:30,4\n2022-09-02,5\n').series.hasTimes).toBe(false);
  });

  test.each([
    ['day,likes\n2022-09-01,4\n', 1, undefined, /first column must be "date"/],
    ['date\n2022-09-01\n', 1, undefined, /no measure columns/],
    ['date,Reach (accounts)\n2022-09-01,4\n', 1, 'Reach (accounts)', /not a measure name/],
    ['date,likes,likes\n2022-09-01,4,5\n', 1, 'likes', /appears twice/],
    ['date,likes,reach\n2022-09-01,4\n', 2, undefined, /has 2 values but the header has 3 columns/],
    ['date,likes\n2022-02-30,4\n', 2, 'date', /"2022-02-30" is not a date/],
    [
      'date,likes\n01/09/2022,4\n',
      2,
      'date',
      /^"01\/09\/2022" is not a date written as YYYY-MM-DD\. Write it as YYYY-MM-DD: 2022-09-01 or 2022-01-09, whichever you meant\. For a time of day, write YYYY-MM-DDTHH:MM\.$/,
    ],
    [
      'date,likes\n2024-02-30,4\n',
      2,
      'date',
      /^"2024-02-30" is not a date: February 2024 has 29 days\. Write it as YYYY-MM-DD, e\.g\. 2024-02-29\. For a time of day, write YYYY-MM-DDTHH:MM\.$/,
    ],
    ['date,likes\n1899-12-31,4\n', 2, 'date', /^"1899-12-31" is not a date Commfolio accepts: the year must be from 1900 to 2100\./],
    [
      'date,likes\n2024-01-01T25:00,4\n',
      2,
      'date',
      /^"2024-01-01T25:00" has a time that is not one\. Write YYYY-MM-DDTHH:MM with hours from 00 to 23, e\.g\. 2024-01-01T09:30\.$/,
    ],
    ['date,likes\n2024-01-01,1e400\n', 2, 'likes', /"1e400" is not a number/],
    [
      'date,likes\n2024-01-01,12345678901234567890\n',
      2,
      'likes',
      /^12345678901234567890 is beyond any figure a metric can mean \(at most a million billion, 1,000,000,000,000,000\)\. Check the number/,
    ],
    ['date,likes\n2022-09-01,"12,500"\n', 2, 'likes', /"12,500" is not a number/],
    ['date,likes\n2022-09-01,12k\n', 2, 'likes', /"12k" is not a number/],
    ['date,rate\n2022-09-01,4.5%\n', 2, 'rate', /"4.5%" is not a number/],
    [
      'date,members\n2024-01-01,१२००\n',
      2,
      'members',
      /^"१२००" is written with digits of another script\. Write it with the digits 0–9: 1200\.$/,
    ],
    ['date,rate\n2024-01-01,৪.৫\n', 2, 'rate', /^"৪\.৫" is written with digits of another script\. Write it with the digits 0–9: 4\.5\.$/],
    ['date,likes\n"2022-09-01",1\n"2022-09-02","multi\nline"\n2022-09-03,x\n', 5, 'likes', /"x" is not a number/],
    ['', 1, undefined, /the file is empty/],
    ['date,likes\n', 2, undefined, /header but no rows/],
  ])('%j: line %d, column %s', (text, line, column, message) => {
    expect(parseSeriesCsv(text).problems).toContainEqual({ line, column, message: expect.stringMatching(message) });
  });

  test('reports every bad line at once', () => {
    const { problems } = parseSeriesCsv('date,likes,reach\n2022-13-01,4,9\n2022-09-02,x,y\n2022-09-03,1\n');
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'date'],
      [3, 'likes'],
      [3, 'reach'],
      [4, undefined],
    ]);
  });
});

describe('parseSeriesDate', () => {
  test.each([
    ['2022-09-01', '2022-09-01T00:00:00.000Z', false],
    ['2022-09-01T19:30', '2022-09-01T19:30:00.000Z', true],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', false],
  ])('%s is %s', (text, iso, hasTime) => {
    expect(parseSeriesDate(text)).toEqual({ date: new Date(iso), hasTime });
  });
  test.each(['2023-02-29', '2022-09-01T25:00', '2022-9-1', 'yesterday'])('%s is not a date', (text) => {
    expect(parseSeriesDate(text)).toBeUndefined();
  });
});
