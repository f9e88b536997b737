import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { parseYamlText } from '../../src/lib/yaml-text.ts';

/** The message and line of the mistake in a Markdown file's text. */
function mistake(text: string): { line?: number; message: string } {
  try {
    parseFrontmatter(text);
  } catch (error) {
    return { line: (error as { line?: number }).line, message: (error as Error).message };
  }
  throw new Error('the text was read without a mistake');
}

// tests/content-folder/check/malformed.test.ts checks the commonest mistakes through the content check;
// these are the others, and the lines they point at when js-yaml notices a mistake later.
describe('YAML mistakes in plain words', () => {
  test.each([
    [
      'a value starting with *',
      '---\ntitle: *Really* good\n---\n',
      2,
      'the value of title on line 2 starts with *, which YAML reads as a reference to another value (an alias). Put the value in double quotes: title: "*Really* good"',
    ],
    [
      'a value starting with @',
      '---\ntitle: @asha on community\n---\n',
      2,
      'the value of title on line 2 starts with @, which YAML reads as a reserved character. Put the value in double quotes: title: "@asha on community"',
    ],
    [
      'a value starting with [',
      '---\ntitle: [Update] new rules\n---\n',
      2,
      'the value of title on line 2 starts with [, which YAML reads as the start of a list. Put the value in double quotes: title: "[Update] new rules"',
    ],
    [
      'a quoted start and more text',
      '---\ntitle: "Hello" world\n---\n',
      2,
      'the value of title on line 2 starts with a quoted part and goes on after the closing quote. Put the whole value in quotes: title: \'"Hello" world\'',
    ],
    [
      'a field written twice',
      '---\ntitle: a\ndescription: b\ntitle: c\n---\n',
      4,
      'title is written twice (lines 2 and 4). Keep one of them.',
    ],
    [
      "a colon in a list item's value",
      '---\nmetrics:\n  - label: Reach: total\n    value: 3\n---\n',
      3,
      'the value of label on line 3 contains a colon followed by a space, which YAML reads as the start of a new field. Put the value in double quotes: label: "Reach: total"',
    ],
    [
      'a field indented under one with a value',
      '---\ntitle: x\n  description: y\n---\n',
      3,
      'description: on line 3 is indented by 2 spaces, but title: on line 2 by 0 spaces. Indent it by 0 spaces, like title:.',
    ],
    [
      'a field indented between two levels',
      '---\nperiod:\n  start: 2024-01\n end: 2024-03\n---\n',
      4,
      'end: on line 4 is indented by 1 space, but start: on line 3 by 2 spaces. Indent it by 2 spaces to keep it under period:, or by 0 spaces to line it up with period:.',
    ],
    [
      'a tab after blank lines',
      '\n\n---\ntitle: x\n\tdescription: y\n---\n',
      5,
      'replace the tab on line 5 with spaces. YAML indents with spaces only, never tabs.',
    ],
    [
      'an unclosed quote that js-yaml notices lines later',
      '---\ntitle: "unclosed\ndescription: "closed"\ntags: [a]\n---\n',
      2,
      'the quote that opens the value of title on line 2 is never closed. End the value with " on the same line: title: "unclosed"',
    ],
    ['TOML', '+++\ntitle = "x"\n+++\n', 1, 'its frontmatter is TOML (between +++ lines). Write it as YAML between --- lines.'],
    [
      'no frontmatter at all',
      '# A heading\n\nText.\n',
      1,
      'has no frontmatter. Start the file with its fields between two lines of ---, e.g. ---, then title: "…", then --- again, then the text.',
    ],
    [
      'a list instead of fields',
      '---\n- title: x\n---\n',
      2,
      'the frontmatter (line 2 on) is not a list of fields. Write one field per line as name: value, e.g. title: "…".',
    ],
  ])('%s', (_, text, line, message) => {
    expect(mistake(text)).toEqual({ line, message });
  });

  test('a description as long as search engines show is suggested whole, so it can be copied as it is', () => {
    const value =
      'Community manager in Cebu: I grow and care for brand communities on Facebook, Instagram and TikTok, in Tagalog, Bisaya and English.';
    expect(value.length).toBeGreaterThan(120);
    expect(mistake(`---\ndescription: ${value}\n---\n`).message).toBe(
      `the value of description on line 2 contains a colon followed by a space, which YAML reads as the start of a new field. Put the value in double quotes: description: "${value}"`,
    );
  });

  test('a long value is shortened in the suggestion', () => {
    const { message } = mistake(`---\ntitle: Lessons: ${'very '.repeat(60)}long\n---\n`);
    expect(message).toBe(
      `the value of title on line 2 contains a colon followed by a space, which YAML reads as the start of a new field. Put the value in double quotes: title: "Lessons: ${'very '.repeat(38)}…"`,
    );
  });

  test("site.yaml gets the same words, with the file's own line numbers", () => {
    expect(() => parseYamlText('title: x\ncolors:\n\taccent: "#000"\n')).toThrow(
      'replace the tab on line 3 with spaces. YAML indents with spaces only, never tabs.',
    );
  });
});
