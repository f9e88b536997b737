import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

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
