import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { describeIssues } from '../../src/lib/content-problems.ts';

describe('describeIssues', () => {
  test('says in plain words what a field without a message of its own should hold', () => {
    const schema = z.object({ count: z.number(), shown: z.boolean(), items: z.array(z.string()), name: z.string() });
    const result = schema.safeParse({ count: 'four', shown: 'yes', items: 'one', name: 12 });
    expect(result.success).toBe(false);
    expect(describeIssues('site.yaml', result.error!.issues).map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'count: should be a number written with digits only, such as 12 or 4.5.',
      'shown: should be true or false.',
      'items: should be a list: [first, second], or one "- " line per item.',
      'name: should be text (in double quotes if it contains a colon).',
    ]);
  });
});
