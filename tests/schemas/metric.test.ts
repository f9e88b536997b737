import { describe, expect, test } from 'vitest';
import { MetricSchema } from '../../src/schemas/metric.ts';

const problems = (input: unknown) => {
  const result = MetricSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('MetricSchema', () => {
  test('computes a rate from raw counts, × 100 for "%"', () => {
    const metric = MetricSchema.parse({
      label: 'Resolved',
      formula: 'resolved / complaints',
      unit: '%',
      measures: { resolved: 1870, complaints: 1942 },
    });
    expect(metric.value).toBeCloseTo(96.29, 2);
    expect(metric.before).toBeUndefined();
  });

  test('computes before and after when any measure is a pair', () => {
    const metric = MetricSchema.parse({
      label: 'Rate',
      formula: 'likes / reach',
      unit: '%',
      measures: { likes: { before: 10, after: 30 }, reach: 1000 },
    });
    expect([metric.before, metric.after]).toEqual([1, 3]);
  });

  test.each([
    [
      { label: 'Rate', formula: '(likes + coments) / reach', unit: '%', measures: { likes: 1, comments: 2, reach: 9 } },
      'formula',
      /unknown measure "coments"\. Did you mean "comments"\?/,
    ],
    [{ label: 'Rate', formula: 'likes / reach', measures: { likes: 1 } }, 'formula', /unknown measure "reach"\. Known measures: likes/],
    [{ label: 'Rate', formula: 'likes / reach', value: 3, measures: { likes: 1, reach: 9 } }, 'value', /computed from the formula/],
    [
      { label: 'Rate', formula: 'likes / reach', measures: { likes: 1, reach: 0 } },
      'measures',
      /^give a division by zero; check the counts\.$/,
    ],
    [
      { label: 'Rate', formula: 'likes / reach', measures: { likes: 1e15, reach: 1e-300 } },
      'measures',
      /^make the formula overflow: its result is beyond any figure a metric can mean \(at most a million billion, 1,000,000,000,000,000\)\. Check the counts\.$/,
    ],
    [
      {
        label: 'Rate',
        formula: 'likes * reach',
        unit: '%',
        denominator: 'reach',
        measures: { likes: { before: 1, after: 1e10 }, reach: 1e10 },
      },
      'measures',
      /^make the formula overflow in after: /,
    ],
    [
      { label: 'Reach', value: 1e308 },
      'value',
      /^1e\+308 is beyond any figure a metric can mean \(at most a million billion, 1,000,000,000,000,000\)\. Check the number/,
    ],
    [
      { label: 'Reach', value: -2e15 },
      'value',
      /^-2000000000000000 is beyond any figure a metric can mean \(at most a million billion, 1,000,000,000,000,000, below zero\)/,
    ],
    [{ label: 'Rate', formula: 'likes / reach', measures: { likes: 1, reach: 9, saves: 2 } }, 'measures.saves', /not used by the formula/],
    [{ label: 'Rate', formula: 'likes /', measures: { likes: 1 } }, 'formula', /ends too early/],
    [{ label: 'Rate', measures: { likes: 1 }, value: 3 }, 'measures', /only used by a formula/],
    [{ label: 'Engagement rate', before: 2.1, after: 4.6, unit: '%' }, 'denominator', /percentage needs its base.*reach.*followers/],
    [{ label: 'Followers', before: 100 }, 'after', /both before and after/],
    [{ label: 'Followers' }, 'value', /value, or both before and after, or a formula/],
  ])('%o is refused at %s', (input, field, message) => {
    expect(problems(input)).toContainEqual([field, expect.stringMatching(message)]);
  });

  test('a rate whose formula divides needs no separate denominator', () => {
    expect(problems({ label: 'Rate', formula: 'likes / reach', unit: '%', measures: { likes: 1, reach: 9 } })).toEqual([]);
  });

  test.each([
    [{ label: 'Reply', value: 14, headline: '' }, /is empty/],
    [{ label: 'Reply', value: 14, headline: 'x'.repeat(81) }, /longer than 80 characters/],
    [{ label: 'Reply', value: 14, headline: 3 }, /headline: true to lead with this metric, or its own short words/],
  ])('headline %o is refused', (input, message) => {
    expect(problems(input)).toContainEqual(['headline', expect.stringMatching(message)]);
  });

  test('headline takes true or the words to lead with', () => {
    expect(MetricSchema.parse({ label: 'Reply', value: 14, headline: true }).headline).toBe(true);
    expect(MetricSchema.parse({ label: 'Reply', value: 14, headline: ' 4 h → 14 min median first reply ' }).headline).toBe(
      '4 h → 14 min median first reply',
    );
    expect(MetricSchema.parse({ label: 'Reply', value: 14 }).headline).toBe(false);
  });
});
