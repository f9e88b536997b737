import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { createProfileSchema } from '../../src/schemas/profile.ts';
import { createCaseStudySchema } from '../../src/schemas/case-study.ts';
import { checkEntry } from '../../src/content-folder/check/check-content.ts';

const profileSchema = createProfileSchema(() => z.string());
const caseStudySchema = createCaseStudySchema();
const profile = (fields: Record<string, unknown>) => ({ name: 'Maria Santos', headline: 'Community manager', ...fields });
const caseStudy = (fields: Record<string, unknown>) => ({
  title: 'Launch',
  summary: 'A launch.',
  organisation: 'Acme',
  role: 'Community Manager',
  period: { start: '2024-01' },
  publishedAt: new Date('2024-05-01'),
  ...fields,
});

describe('values from a fixed list', () => {
  test('are accepted in any case, with spaces or hyphens, and kept as the list spells them (what pages and Astro read)', () => {
    const parsed = profileSchema.parse(
      profile({
        links: [
          { platform: 'Facebook', url: 'https://facebook.com/maria' },
          { platform: ' LinkedIn ', url: 'https://linkedin.com/in/maria' },
        ],
        credentials: [{ kind: 'Certificate', title: 'Community Management', issuer: 'CMX', date: '2024-05' }],
        events: [
          { title: 'Moderation at scale', event: 'CMX Summit', date: '2024-06', role: 'Speaker' },
          { title: 'Hands-on', event: 'Meetup', date: '2024-07', role: 'Workshop Lead' },
        ],
      }),
    );
    expect(parsed.links.map((link) => link.platform)).toEqual(['facebook', 'linkedin']);
    expect(parsed.credentials[0]!.kind).toBe('certificate');
    expect(parsed.events.map((event) => event.role)).toEqual(['speaker', 'workshop-lead']);

    const study = caseStudySchema.parse(
      caseStudy({
        responsibilities: ['Crisis-Management', 'Analytics and Feedback', 'ENGAGEMENT_STRATEGY'],
        charts: [{ type: 'Line', file: './members.csv', measure: 'members', title: 'Members' }],
        screenshots: [{ file: './a.png', alt: 'Members chart', redact: [{ x: 0, y: 0, width: 10, height: 10, style: 'Blur' }] }],
      }),
    );
    expect(study.responsibilities).toEqual(['crisis-management', 'analytics-and-feedback', 'engagement-strategy']);
    expect(study.charts[0]!.type).toBe('line');
    expect(study.screenshots[0]!.redact[0]!.style).toBe('blur');
  });

  test.each([
    [
      profile({ links: [{ platform: 'Facebok', url: 'https://facebook.com/maria' }] }),
      profileSchema,
      'Unknown platform "Facebok". Use one of: linkedin, x, instagram, facebook, tiktok, youtube, mastodon, bluesky, threads, discord, github, website.',
    ],
    [
      profile({ events: [{ title: 'T', event: 'E', date: '2024-06', role: 'Keynote' }] }),
      profileSchema,
      'Unknown event role "Keynote". Use one of: speaker, organiser, host, moderator, panellist, workshop-lead, volunteer, attendee.',
    ],
    [
      caseStudy({ responsibilities: ['Dancing'] }),
      caseStudySchema,
      'Unknown responsibility "Dancing". Use one of: engagement-strategy, platform-management, facilitating-conversations, analytics-and-feedback, crisis-management; put anything else under otherResponsibilities.',
    ],
    [
      caseStudy({ charts: [{ type: 'Pie', file: './m.csv', measure: 'm', title: 'M' }] }),
      caseStudySchema,
      'Write type: line, bars or heatmap.',
    ],
    [
      profile({ linkPage: { pages: ['latest-post', 'blog'] } }),
      profileSchema,
      'Unknown page "blog". Use one of: portfolio, caseStudies, latestPost, cv, contact.',
    ],
  ] as const)('anything else is refused as written, with the list spelt as Commfolio spells it (%#)', (input, schema, message) => {
    const result = (schema as z.ZodType).safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual([message]);
  });

  test('the content check accepts them too', async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-choice-'));
    const file = path.join(contentDir, 'profile.md');
    mkdirSync(contentDir, { recursive: true });
    writeFileSync(
      file,
      '---\nname: Maria Santos\nheadline: Community manager\nlinks:\n  - platform: Facebook\n    url: https://facebook.com/maria\ncredentials:\n  - { kind: Certificate, title: CMX, issuer: CMX, date: 2024-05 }\nevents:\n  - { title: Talk, event: Summit, date: 2024-06, role: Speaker }\n---\nBio.\n',
    );
    expect(await checkEntry(file, 'profile', contentDir)).toEqual([]);
  });
});
