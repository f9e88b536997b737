import { describe, expect, test } from 'vitest';
import { leadMetric, metricFigure, metricResult, ownHeadline, percentChange } from '../../../src/lib/metrics/figures.ts';
import { formatNumber, formatWithUnit } from '../../../src/lib/number-format.ts';

describe('percentChange', () => {
  test.each([
    [100, 340, 240],
    [300, 25, -91.66666666666666],
    [50, 50, 0],
    [-10, 10, 200],
  ])('from %d to %d is %d%%', (before, after, expected) => {
    expect(percentChange(before, after)).toBeCloseTo(expected, 6);
  });
  test('is undefined when before is 0 (no base to compare with)', () => {
    expect(percentChange(0, 1200)).toBeUndefined();
  });
  test('is undefined when a figure is missing', () => {
    expect(percentChange(undefined, 10)).toBeUndefined();
  });
});

describe('metricFigure', () => {
  test.each([
    [{ label: 'Followers', before: 100, after: 340 }, 'en', '+240%'],
    [{ label: 'Response time', before: 300, after: 25, unit: 'minutes' }, 'en', '-92%'],
    [{ label: 'Members', before: 0, after: 1200, unit: 'members' }, 'en', '1,200 members'],
    [{ label: 'Engagement rate', before: 2.1, after: 4.8, unit: '%' }, 'en', '2.1% → 4.8%'],
    [{ label: 'Reach', value: 125000 }, 'hi', '1,25,000'],
    [{ label: 'Reach', value: 125000 }, 'en', '125,000'],
    [{ label: 'CSAT', value: 92, unit: '%' }, 'en', '92%'],
  ])('%o in %s is %s', (metric, language, expected) => {
    expect(metricFigure(metric, language).replace('−', '-')).toBe(expected);
  });
});

describe('leadMetric', () => {
  test('prefers the metric marked headline', () => {
    const metrics = [
      { label: 'A', value: 1 },
      { label: 'B', value: 2, headline: true },
    ];
    expect(leadMetric(metrics)?.label).toBe('B');
  });
  test('falls back to the first metric', () => {
    expect(
      leadMetric([
        { label: 'A', value: 1 },
        { label: 'B', value: 2 },
      ])?.label,
    ).toBe('A');
  });
  test('is undefined without metrics', () => {
    expect(leadMetric([])).toBeUndefined();
  });
});

describe('ownHeadline', () => {
  test('is the words of a headline written as text, and nothing for true or none', () => {
    expect(ownHeadline({ headline: '4 h → 14 min median first reply' })).toBe('4 h → 14 min median first reply');
    expect(ownHeadline({ headline: true })).toBeUndefined();
    expect(ownHeadline({})).toBeUndefined();
  });

  test('a metric with its own words leads', () => {
    expect(
      leadMetric([
        { label: 'A', value: 1 },
        { label: 'B', value: 2, headline: 'B in words' },
      ])?.label,
    ).toBe('B');
  });
});

describe('metricResult', () => {
  test('reads as figure, label and period', () => {
    expect(metricResult({ label: 'Followers', before: 1000, after: 3400, period: '90 days' }, 'en')).toBe('+240% followers in 90 days');
  });
});

describe('formatNumber and formatWithUnit', () => {
  test('use the Indian grouping for Gujarati', () => {
    expect(formatNumber(1234567, 'gu')).toBe('12,34,567');
  });
  test('attach percent signs and space word units', () => {
    expect(formatWithUnit(42, '%', 'en')).toBe('42%');
    expect(formatWithUnit(320, 'members', 'en')).toBe('320 members');
  });
});
