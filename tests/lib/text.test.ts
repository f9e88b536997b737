import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { formatDate, formatMonth, formatPeriod } from '../../src/lib/dates.ts';
import { clampText } from '../../src/social-card/card-data.ts';

describe('slugify', () => {
  test.each([
    ['Community Building', 'community-building'],
    ['  Crisis: what now?! ', 'crisis-what-now'],
    ['सामुदायिक प्रबंधन', 'सामुदायिक-प्रबंधन'],
    ['Kogukonna juhtimine ÕÄÖ', 'kogukonna-juhtimine-õäö'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
  test('keeps long slugs short enough for a file name, and distinct', () => {
    const long = slugify(`community ${'a'.repeat(400)}`);
    const other = slugify(`community ${'a'.repeat(399)}b`);
    expect([...long].length).toBeLessThanOrEqual(60);
    expect(Buffer.byteLength(slugify('सामुदायिक '.repeat(40)))).toBeLessThan(255);
    expect(long).not.toBe(other);
  });
});

describe('countWords', () => {
  test('counts Devanagari words with Intl.Segmenter', () => {
    expect(countWords('समुदाय को सुनना सबसे ज़रूरी काम है।', 'hi')).toBe(7);
  });
  test('ignores code blocks, link targets and markup', () => {
    expect(countWords('Hello [world](https://example.com/a/b/c)\n```js\nconst a = 1;\n```\n<aside>two</aside>', 'en')).toBe(3);
  });
});

describe('readingMinutes', () => {
  test('is at least one minute', () => {
    expect(readingMinutes('short', 'en')).toBe(1);
  });
  test('is words divided by 200, rounded', () => {
    expect(readingMinutes('word '.repeat(1000), 'en')).toBe(5);
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

describe('clampText', () => {
  test('keeps short text', () => {
    expect(clampText('Hello', 10, 'en')).toBe('Hello');
  });
  test('cuts on grapheme boundaries and adds an ellipsis', () => {
    const clamped = clampText('नमस्ते दुनिया नमस्ते', 8, 'hi');
    expect([...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(clamped)]).toHaveLength(8);
    expect(clamped.endsWith('…')).toBe(true);
  });
});
