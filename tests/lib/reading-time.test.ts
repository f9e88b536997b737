import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

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
