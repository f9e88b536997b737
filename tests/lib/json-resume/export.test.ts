import { describe, expect, test } from 'vitest';
import { exportJsonResume, type ResumeProfile, type ResumeSource } from '../../../src/lib/json-resume/export.ts';
import { resumeLocation } from '../../../src/lib/json-resume/location.ts';
import { networkProfile, type ProfileLink } from '../../../src/lib/json-resume/networks.ts';
import { jsonResumeErrors } from '../../helpers/json-resume.ts';

const emptyProfile: ResumeProfile = {
  name: 'Asha Rao',
  headline: 'Community manager',
  links: [],
  skills: [],
  credentials: [],
  experience: [],
  events: [],
  projects: [],
  testimonials: [],
  languages: [],
};
const source = (profile: Partial<ResumeProfile> = {}, rest: Partial<ResumeSource> = {}): ResumeSource => ({
  profile: { ...emptyProfile, ...profile },
  bio: '',
  homeUrl: 'https://asha.example/portfolio/',
  resumeUrl: 'https://asha.example/portfolio/resume.json',
  ...rest,
});

describe('exportJsonResume', () => {
  test('a profile with only a name and a headline is a valid resume with no empty sections', () => {
    const resume = exportJsonResume(source());
    expect(jsonResumeErrors(resume)).toEqual([]);
    expect(JSON.parse(JSON.stringify(resume))).toEqual({
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: { name: 'Asha Rao', label: 'Community manager', url: 'https://asha.example/portfolio/' },
      meta: { canonical: 'https://asha.example/portfolio/resume.json' },
    });
  });

  test('basics carry the photo URL, email, bio and location', () => {
    const resume = exportJsonResume(
      source(
        { email: 'asha@example.com', location: 'Pune, Maharashtra, IN' },
        { bio: '\nI build *communities*.\n', photoUrl: 'https://asha.example/_astro/a.jpg' },
      ),
    );
    expect(resume.basics).toMatchObject({
      image: 'https://asha.example/_astro/a.jpg',
      email: 'asha@example.com',
      summary: 'I build *communities*.',
      location: { city: 'Pune', region: 'Maharashtra', countryCode: 'IN' },
    });
  });

  test.each([
    [
      'experience → work',
      { experience: [{ role: 'Lead', organisation: 'Ganit', start: '2023-06', end: '2025-02', location: 'Remote', summary: 'Grew it.' }] },
      'work',
      [{ name: 'Ganit', position: 'Lead', location: 'Remote', startDate: '2023-06', endDate: '2025-02', summary: 'Grew it.' }],
    ],
    [
      'a degree → education, its title split at " in "',
      {
        credentials: [
          { kind: 'degree' as const, title: 'BA in Mass Communication', issuer: 'DSMC', date: '2021-05', url: 'https://dsmc.example/asha' },
        ],
      },
      'education',
      [{ institution: 'DSMC', studyType: 'BA', area: 'Mass Communication', endDate: '2021-05', url: 'https://dsmc.example/asha' }],
    ],
    [
      'a diploma without " in " → education with a study type only',
      { credentials: [{ kind: 'diploma' as const, title: 'Diploma', issuer: 'School', date: '2014-06' }] },
      'education',
      [{ institution: 'School', studyType: 'Diploma', endDate: '2014-06' }],
    ],
    [
      'certificates and courses → certificates',
      {
        credentials: [
          { kind: 'course' as const, title: 'Analytics', issuer: 'OAS', date: '2023-09' },
          { kind: 'certificate' as const, title: 'Moderation', issuer: 'OMI', date: '2024-02-16', url: 'https://omi.example/1' },
        ],
      },
      'certificates',
      [
        { name: 'Analytics', issuer: 'OAS', date: '2023-09' },
        { name: 'Moderation', issuer: 'OMI', date: '2024-02-16', url: 'https://omi.example/1' },
      ],
    ],
    [
      'awards → awards, with the verification link',
      {
        credentials: [
          { kind: 'award' as const, title: 'Builder of the Year', issuer: 'Circle', date: '2025-11', url: 'https://circle.example' },
        ],
      },
      'awards',
      [{ title: 'Builder of the Year', awarder: 'Circle', date: '2025-11', url: 'https://circle.example' }],
    ],
    [
      'skill groups → skills with keywords',
      { skills: [{ group: 'Analytics', items: ['Metabase', 'Cohorts'] }] },
      'skills',
      [{ name: 'Analytics', keywords: ['Metabase', 'Cohorts'] }],
    ],
    [
      'ungrouped skills → one skill each',
      { skills: ['Moderation', 'Copywriting'] },
      'skills',
      [{ name: 'Moderation' }, { name: 'Copywriting' }],
    ],
    [
      'languages → languages',
      { languages: [{ name: 'Marathi', level: 'Native' }, { name: 'Hindi' }] },
      'languages',
      [{ language: 'Marathi', fluency: 'Native' }, { language: 'Hindi' }],
    ],
    [
      'own projects → projects',
      { projects: [{ name: 'Kit', summary: 'Templates.', url: 'https://kit.example', start: '2024-08', end: '2025-01' }] },
      'projects',
      [{ name: 'Kit', description: 'Templates.', url: 'https://kit.example', startDate: '2024-08', endDate: '2025-01' }],
    ],
    [
      'a talk → a project of type talk',
      {
        events: [
          {
            title: 'Crisis on X',
            event: 'CCI 2026',
            date: '2026-10-10',
            role: 'speaker' as const,
            location: 'Bengaluru',
            url: 'https://cci.example',
          },
        ],
      },
      'projects',
      [
        {
          name: 'Crisis on X',
          type: 'talk',
          roles: ['Speaker'],
          entity: 'CCI 2026',
          startDate: '2026-10-10',
          url: 'https://cci.example',
          location: 'Bengaluru',
        },
      ],
    ],
    [
      'an organised meetup → a project of type event',
      { events: [{ title: 'Monthly meetup', event: 'Pune CB', date: '2024-04', role: 'organiser' as const }] },
      'projects',
      [{ name: 'Monthly meetup', type: 'event', roles: ['Organiser'], entity: 'Pune CB', startDate: '2024-04' }],
    ],
    [
      'testimonials → references, with role and link',
      { testimonials: [{ quote: 'Calm.', person: 'Farah', role: 'Head of Learning', url: 'https://www.linkedin.com/in/farah' }] },
      'references',
      [{ name: 'Farah', reference: 'Calm.', role: 'Head of Learning', url: 'https://www.linkedin.com/in/farah' }],
    ],
  ])('%s', (_, profile, section, expected) => {
    const resume = exportJsonResume(source(profile));
    expect(jsonResumeErrors(resume)).toEqual([]);
    expect(JSON.parse(JSON.stringify(resume))[section]).toEqual(expected);
  });

  test('case studies follow own projects and events, with their headline result and page', () => {
    const resume = exportJsonResume(
      source(
        { projects: [{ name: 'Kit', summary: 'Templates.' }] },
        {
          caseStudies: [
            {
              title: 'Monsoon crisis',
              summary: 'Replies in minutes.',
              organisation: 'Rasoi Runner',
              role: 'Senior Community Manager',
              period: { start: '2025-07' },
              skills: ['Crisis communication'],
              result: '−92% median first reply',
              url: 'https://asha.example/case-studies/monsoon/',
            },
          ],
        },
      ),
    );
    expect(resume.projects?.map((project) => project.name)).toEqual(['Kit', 'Monsoon crisis']);
    expect(resume.projects?.[1]).toMatchObject({
      type: 'case study',
      description: 'Replies in minutes.',
      highlights: ['−92% median first reply'],
      keywords: ['Crisis communication'],
      roles: ['Senior Community Manager'],
      entity: 'Rasoi Runner',
      startDate: '2025-07',
      url: 'https://asha.example/case-studies/monsoon/',
    });
  });

  test('hostile text stays plain text in the JSON', () => {
    const hostile = '</script><script>alert(1)</script> "Quotes" & \'apostrophes\' \u2028';
    const resume = exportJsonResume(source({ name: hostile, testimonials: [{ quote: hostile, person: hostile }] }, { bio: hostile }));
    const parsed = JSON.parse(JSON.stringify(resume));
    expect([parsed.basics.name, parsed.basics.summary.trim(), parsed.references[0].reference]).toEqual([hostile, hostile.trim(), hostile]);
    expect(jsonResumeErrors(parsed)).toEqual([]);
  });
});

describe('networkProfile', () => {
  test.each<[ProfileLink, object]>([
    [
      { platform: 'linkedin', url: 'https://www.linkedin.com/in/asha' },
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/asha' },
    ],
    [
      { platform: 'linkedin', url: 'https://l.example', label: 'LinkedIn' },
      { network: 'LinkedIn', url: 'https://l.example' },
    ],
    [
      { platform: 'x', url: 'https://x.com/asha', label: '@asha' },
      { network: 'X', username: '@asha', url: 'https://x.com/asha' },
    ],
    [
      { platform: 'website', url: 'https://asha.example', label: 'Portfolio' },
      { network: 'Portfolio', url: 'https://asha.example' },
    ],
    [
      { platform: 'website', url: 'https://asha.example' },
      { network: 'Website', url: 'https://asha.example' },
    ],
  ])('%j → %j', (link, expected) => {
    expect(networkProfile(link)).toEqual(expected);
  });
});

describe('resumeLocation', () => {
  test.each([
    ['Tallinn, Harju County, EE', { city: 'Tallinn', region: 'Harju County', countryCode: 'EE' }],
    ['Pune, India (hybrid or remote)', { city: 'Pune', region: 'India (hybrid or remote)' }],
    ['Remote', { city: 'Remote' }],
    ['Tallinn, EE', { city: 'Tallinn', countryCode: 'EE' }],
    ['EE', { countryCode: 'EE' }],
  ])('%s', (line, expected) => {
    expect(resumeLocation(line)).toEqual(expected);
  });
});
