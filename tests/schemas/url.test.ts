import { describe, expect, test } from 'vitest';
import { UrlSchema } from '../../src/schemas/shared.ts';

const messageFor = (value: unknown) => UrlSchema.safeParse(value).error?.issues[0]?.message;

describe('a web address', () => {
  test('copied from the browser without https:// is refused with the address to write', () => {
    expect(messageFor('linkedin.com/in/priya-sharma-example')).toBe(
      '"linkedin.com/in/priya-sharma-example" has no https:// at its start. Write https://linkedin.com/in/priya-sharma-example.',
    );
    expect(messageFor('www.instagram.com/priya.example')).toBe(
      '"www.instagram.com/priya.example" has no https:// at its start. Write https://www.instagram.com/priya.example.',
    );
  });

  test('that would run script, or is relative, is refused as before', () => {
    expect(messageFor('javascript:alert(1)')).toBe(
      'Write a full web address starting with https:// (javascript: and relative links are not allowed).',
    );
    expect(messageFor('/about/')).toBe('Write a full web address starting with https:// (javascript: and relative links are not allowed).');
  });

  test('with https://, http:// or mailto: is accepted', () => {
    expect(['https://x.com/priya', 'http://example.org', 'mailto:priya@example.com'].map(messageFor)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
