import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { createProfileSchema } from '../../src/schemas/profile.ts';

const profileSchema = createProfileSchema(() => z.string());
const messagesFor = (linkPage: unknown) =>
  profileSchema.safeParse({ name: 'Maria Santos', headline: 'Community manager', linkPage }).error?.issues.map((issue) => issue.message);

test('utm written as one word says how to write its tags', () => {
  const expected = 'Write utm as its tags, e.g. utm: { source: instagram, medium: bio }.';
  expect(messagesFor({ utm: 'instagram' })).toEqual([expected]);
  expect(messagesFor({ links: [{ label: 'Group', url: 'https://facebook.com/groups/x', utm: 'tiktok' }] })).toEqual([expected]);
});
