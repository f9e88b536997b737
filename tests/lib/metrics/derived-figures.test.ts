import { describe, expect, test } from 'vitest';
import { translator } from '../../../src/lib/i18n/translate.ts';
import { metricEvidence, type MetricInput } from '../../../src/lib/metrics/derived-figures.ts';
import { MetricSchema } from '../../../src/schemas/metric.ts';

const t = translator('en');
const evidence = (metric: MetricInput, language = 'en') => metricEvidence(metric, language, t);

describe('metricEvidence', () => {
  test.each([
    [{ label: 'Followers', before: 8400, after: 28560 }, '+240%', '(28,560 − 8,400) ÷ 8,400 × 100 = +240%'],
    [{ label: 'Response time', before: 540, after: 38, unit: 'minutes' }, '-93%', '(38 − 540) ÷ 540 × 100 = -93%'],
    [{ label: 'Net sentiment', before: -53, after: 4, unit: 'points' }, '+57 points', '4 − (-53) = +57 points'],
    [{ label: 'Followers', before: 840000, after: 2856000 }, '+240%', '(28,56,000 − 8,40,000) ÷ 8,40,000 × 100 = +240%', 'hi'],
  ])('%o leads with %s, worked out as %s', (metric, lead, calculation, language = 'en') => {
    const result = evidence(metric, language);
    expect(result.lead.text).toBe(lead);
    expect(result.lead.derived?.calculation).toBe(calculation);
  });

  test.each([
    [{ label: 'Followers', before: 8400, after: 28560 }, ['3.4× the starting figure']],
    [{ label: 'Members', before: 100, after: 150 }, []],
    [{ label: 'Engagement rate', before: 2.1, after: 4.8, unit: '%', denominator: 'reach' }, ['+2.7 points']],
    [{ label: 'Members', before: 0, after: 1200 }, []],
  ])('%o adds the derived figures %o', (metric, extras) => {
    expect(evidence(metric).extras.map((extra) => extra.text)).toEqual(extras);
  });

  test('a typed value has nothing derived', () => {
    expect(evidence({ label: 'Reach', value: 125000 })).toEqual({
      lead: { text: '125,000', derived: undefined },
      extras: [],
      denominator: undefined,
    });
  });

  test('a rate from raw counts shows both sums, its base and the change in points', () => {
    const metric = MetricSchema.parse({
      label: 'Engagement rate',
      formula: '(likes + comments) / reach',
      unit: '%',
      measures: { likes: { before: 900, after: 2000 }, comments: { before: 100, after: 400 }, reach: { before: 50000, after: 60000 } },
    });
    const result = evidence(metric);
    expect(result.lead.text).toBe('2% → 4%');
    expect(result.lead.derived?.formula).toBe('Engagement rate = (likes + comments) ÷ reach × 100');
    expect(result.lead.derived?.calculation).toBe('before: (900 + 100) ÷ 50,000 × 100 = 2%; after: (2,000 + 400) ÷ 60,000 × 100 = 4%');
    expect(result.extras.map((extra) => extra.text)).toEqual(['+2 points']);
    expect(result.denominator).toBe('reach');
  });
});
