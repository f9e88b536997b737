import { describe, expect, test } from 'vitest';
import { formatMeasures, parseMeasures } from '../../../src/lib/editor-config/measures-text.ts';

describe('parseMeasures', () => {
  test.each([
    ['likes: 1200', { likes: 1200 }],
    ['likes: 300 -> 1200\nreach: 15,000 → 26,000', { likes: { before: 300, after: 1200 }, reach: { before: 15000, after: 26000 } }],
    ['  \n', undefined],
  ])('reads %j', (text, expected) => {
    expect(parseMeasures(text)).toEqual({ value: expected });
  });

  test('names the line that is not a measure', () => {
    expect(parseMeasures('likes: 1200\nreach: lots').error).toBe(
      'Line 2 ("reach: lots"): write name: number, or name: before -> after, e.g. likes: 300 -> 1200.',
    );
  });

  test('formatMeasures writes what parseMeasures reads', () => {
    const measures = { likes: { before: 4849, after: 19935 }, reach: 573784 };
    expect(parseMeasures(formatMeasures(measures)).value).toEqual(measures);
  });
});
