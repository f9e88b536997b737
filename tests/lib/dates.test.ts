import { describe, expect, test } from 'vitest';
import { formatDate, formatMonth, formatPeriod } from '../../src/lib/dates.ts';
import { calendarDateProblem, dateValueProblem } from '../../src/schemas/dates.ts';
import { DateSchema, PartialDateSchema } from '../../src/schemas/shared.ts';
import { WrittenDate } from '../../src/lib/yaml-text.ts';

// tests/content-folder/check/malformed.test.ts has the messages for each kind of wrong date.
describe('calendarDateProblem', () => {
  test.each(['2024-02-29', '2026-12-31', '1900-01-01', '2100-12-31'])('accepts the day %s', (text) => {
    expect(calendarDateProblem(text)).toBeUndefined();
  });
  test.each(['2025-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '1899-12-31', '2101-01-01', '2026-3-14', '2026-03'])(
    'refuses the day %s',
    (text) => {
      expect(calendarDateProblem(text)).toMatch(/^"[^"]+" is not a date/);
    },
  );
  test('accepts a month where months are allowed, and refuses month 13 there too', () => {
    expect(calendarDateProblem('2024-05', { months: true })).toBeUndefined();
    expect(calendarDateProblem('2024-13', { months: true })).toBe(
      '"2024-13" is not a date: there is no month 13. Write it as YYYY-MM, with the month from 01 to 12.',
    );
  });
  test('names the two readings of a date with slashes, and the one reading when only one is a date', () => {
    expect(calendarDateProblem('04/03/2024')).toBe(
      '"04/03/2024" is not a date written as YYYY-MM-DD. Write it as YYYY-MM-DD: 2024-03-04 or 2024-04-03, whichever you meant.',
    );
    expect(calendarDateProblem('25/12/2024')).toBe('"25/12/2024" is not a date written as YYYY-MM-DD. Write it as YYYY-MM-DD: 2024-12-25.');
  });
  test('quotes what was written as every message quotes a value: escaped, and a few words at most', () => {
    expect(calendarDateProblem('Spring of the year we launched "Kapé Sugbo" '.repeat(5))).toMatch(
      /^"Spring of the year we launched \\"Kapé Sugbo\\" [^"]*…" is not a date written as YYYY-MM-DD\./,
    );
  });
  test('says what a value that is no text or date should be', () => {
    expect(dateValueProblem(undefined)).toBe('is missing. Write a date as YYYY-MM-DD, e.g. 2026-03-14.');
    expect(dateValueProblem(true, { months: true })).toBe('should be a date. Write it as YYYY-MM or YYYY-MM-DD, e.g. 2024-05.');
  });
});

describe('date fields', () => {
  test('read a date as written by the check and as Astro reads it to the same value', () => {
    const written = new WrittenDate('2025-03-01', Date.UTC(2025, 2, 1));
    expect(DateSchema.parse(written)).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(DateSchema.parse(new Date('2025-03-01T00:00:00Z'))).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(DateSchema.parse('2025-03-01')).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(PartialDateSchema.parse(written)).toBe('2025-03-01');
    expect(PartialDateSchema.parse('2025-03')).toBe('2025-03');
  });
  test('refuse a date YAML moved to another day, by the text it was written as', () => {
    const moved = new WrittenDate('2026-02-30', Date.UTC(2026, 1, 30));
    expect(DateSchema.safeParse(moved).error?.issues[0]?.message).toBe(
      '"2026-02-30" is not a date: February 2026 has 28 days. Write it as YYYY-MM-DD, e.g. 2026-02-28.',
    );
  });
});

describe('dates', () => {
  test('formatDate uses the language', () => {
    const date = new Date('2026-03-14T00:00:00Z');
    expect(formatDate(date, 'en')).toBe('March 14, 2026');
    expect(formatDate(date, 'hi')).toBe('14 मार्च 2026');
  });
  test('formatMonth reads YYYY-MM as a month', () => {
    expect(formatMonth('2024-05', 'en')).toBe('May 2024');
  });
  test('formatPeriod says present when there is no end', () => {
    expect(formatPeriod('2024-01', undefined, 'en', 'present')).toBe('Jan 2024 – present');
  });
});
