import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { createProfileSchema } from '../../src/schemas/profile.ts';

const profileSchema = createProfileSchema(() => z.string());
const messagesFor = (fields: Record<string, unknown>) =>
  profileSchema
    .safeParse({ name: 'Maria Santos', headline: 'Community manager', ...fields })
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const EXAMPLES = {
  credentials: '- { kind: certificate, title: "Community Management", issuer: "CMX", date: 2024-05 }',
  experience: '- { role: "Community Manager", organisation: "Acme", start: 2023-01 }',
  events: '- { title: "Moderating at scale", event: "CMX Summit", date: 2024-06, role: speaker }',
  projects: '- { name: "Kapé Sugbo meetups", summary: "A monthly meetup for coffee lovers." }',
  testimonials: '- { quote: "Maria turned our forum around.", person: "Ana Cruz" }',
  languages: '- { name: Tagalog, level: Native }',
};

// languages: [Tagalog, English] or languages: Tagalog, English, as people first write them.
describe('a profile list written as plain words', () => {
  test.each(Object.entries(EXAMPLES))('%s: each item, and the list, say how to write it with an example', (field, example) => {
    expect(messagesFor({ [field]: ['Tagalog'] })).toEqual([`${field}.0: Write each item of ${field} with its fields, e.g. ${example}`]);
    expect(messagesFor({ [field]: 'Tagalog, English' })).toEqual([
      `${field}: Write ${field} as a list, one item per line, e.g. ${example}`,
    ]);
  });
});
