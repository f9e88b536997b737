import { describe, expect, test } from 'vitest';
import { formatDate, formatMonth, formatPeriod } from '../../src/lib/dates.ts';

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
