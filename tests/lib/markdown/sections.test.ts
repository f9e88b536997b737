import { describe, expect, test } from 'vitest';
import { firstParagraphHtml, markdownSectionHeadings, sectionKey, splitHtmlAtHeadings } from '../../../src/lib/markdown/sections.ts';

describe('markdownSectionHeadings', () => {
  test('lists the ## headings, not deeper ones, nor lines inside fenced code', () => {
    expect(markdownSectionHeadings('Intro\n\n## Objective\n\n### Detail\n\n```md\n## Not a heading\n```\n\n## Results ##\n')).toEqual([
      'Objective',
      'Results',
    ]);
  });
});

describe('sectionKey', () => {
  test.each([
    ['Results', 'results'],
    ['  Key   results ', 'key results'],
    ['नतीजे', 'नतीजे'],
  ])('%j is known as %j', (heading, key) => {
    expect(sectionKey(heading)).toBe(key);
  });
});

describe('splitHtmlAtHeadings', () => {
  test('splits before each top-level h2, keeps what comes first, and leaves nested headings where they are', () => {
    const parts = splitHtmlAtHeadings(
      '<p>Intro</p><h2 id="a">Objective &amp; aims</h2><p>One</p><div><h2>Nested</h2></div><h2 id="b">Results</h2><p>Two</p>',
    );
    expect(parts.map((part) => part.heading)).toEqual([undefined, 'Objective & aims', 'Results']);
    expect(parts[1]!.html).toBe('<h2 id="a">Objective &#x26; aims</h2><p>One</p><div><h2>Nested</h2></div>');
  });
});

describe('firstParagraphHtml', () => {
  test('keeps the first top-level paragraph only', () => {
    expect(firstParagraphHtml('<p>I am <em>Asha</em>.</p>\n<p>More.</p><ul><li>x</li></ul>')).toBe('<p>I am <em>Asha</em>.</p>');
  });
});
