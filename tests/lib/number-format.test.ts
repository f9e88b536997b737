import { describe, expect, test } from 'vitest';
import { formatCompact, formatNumber, formatPercentChange, formatWithUnit } from '../../src/lib/number-format.ts';

describe('formatNumber', () => {
  test.each([
    ['en', 100000, '100,000'],
    ['hi', 100000, '1,00,000'],
    ['gu', 1234567, '12,34,567'],
    ['bn', 100000, '১,০০,০০০'],
    ['en-IN', 2500000, '25,00,000'],
    ['et', 12500, '12 500'],
    ['en', 2.03, '2.0'],
    ['en', 96.29, '96.3'],
    ['en', 41, '41'],
  ])('in %s, %d is %s', (language, value, expected) => {
    // Some locales group with a narrow no-break space; compare with plain spaces.
    expect(formatNumber(value, language).replace(/\u202f|\u00a0/g, ' ')).toBe(expected);
  });
});

describe('formatCompact', () => {
  test.each([
    ['en', 12000, '12K'],
    ['en', 1250000, '1.3M'],
    ['hi', 12000, '12 हज़ार'],
    ['hi', 1200000, '12 लाख'],
    ['gu', 1200000, '12 લાખ'],
  ])('in %s, %d is %s', (language, value, expected) => {
    expect(formatCompact(value, language).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});

describe('formatWithUnit and formatPercentChange', () => {
  test.each([
    [42, '%', 'en', '42%'],
    [320, 'members', 'en', '320 members'],
    [125000, 'members', 'hi', '1,25,000 members'],
  ])('%d %s in %s is %s', (value, unit, language, expected) => {
    expect(formatWithUnit(value, unit, language)).toBe(expected);
  });
  test('uses compact digits when asked', () => {
    expect(formatWithUnit(12000, 'members', 'en', formatCompact)).toBe('12K members');
  });
  test('signs percentage changes', () => {
    expect(formatPercentChange(240, 'en')).toBe('+240%');
    expect(formatPercentChange(-18, 'en')).toBe('-18%');
  });
});
