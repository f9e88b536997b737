import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLinkedInCsv, type LinkedInCsvName } from '../../../../src/lib/import/linkedin/csv-files.ts';
import { readLinkedInDate } from '../../../../src/lib/import/linkedin/dates.ts';
import { languageLevel } from '../../../../src/lib/import/linkedin/languages.ts';
import { websiteLinks, xLinks } from '../../../../src/lib/import/linkedin/links.ts';
import { importLinkedInProfile, type LinkedInTables } from '../../../../src/lib/import/linkedin/profile.ts';

const fixture = path.resolve(import.meta.dirname, '../../../fixtures/linkedin-export');
const NAMES: LinkedInCsvName[] = [
  'Profile',
  'Positions',
  'Education',
  'Certifications',
  'Honors',
  'Skills',
  'Languages',
  'Projects',
  'Volunteering',
  'Recommendations_Received',
  'Email Addresses',
];

/** The fixture export's tables, as the import reads them. */
function fixtureTables(): LinkedInTables {
  return Object.fromEntries(
    NAMES.map((name) => {
      const { rows, problems } = readLinkedInCsv(name, readFileSync(path.join(fixture, `${name}.csv`), 'utf8'));
      expect(problems).toEqual([]);
      return [name, rows];
    }),
  );
}

describe('readLinkedInCsv', () => {
  test('reads a BOM, CRLF, quoted cells with commas and line breaks, and entities', () => {
    const { rows } = readLinkedInCsv('Profile', readFileSync(path.join(fixture, 'Profile.csv'), 'utf8'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!['First Name']).toBe('अनन्या');
    expect(rows[0]!.Summary).toContain('Discord for learners\n• Turn members\' questions into "office hours", every week');
    expect(rows[0]!.Summary).toContain('safety & moderation');
  });

  test('skips the "Notes:" paragraph some files start with', () => {
    const text = 'Notes:\r\n"When exporting, some addresses are missing."\r\n\r\nName\r\nDiscord\r\n';
    expect(readLinkedInCsv('Skills', text)).toEqual({ rows: [{ Name: 'Discord' }], problems: [] });
  });

  test('refuses a file without the columns LinkedIn writes, naming the file and what was expected', () => {
    expect(readLinkedInCsv('Positions', 'Employer,Job,When\nAcme,Lead,2020\n').problems).toEqual([
      'Positions.csv is not laid out as LinkedIn writes it: it has no "Company Name", no "Title", no "Started On" column. ' +
        "Expected the columns Company Name, Title, Description, Location, Started On, Finished On; found Employer, Job, When. Use the file exactly as it came in LinkedIn's export.",
    ]);
  });

  test('refuses a row with more values than columns', () => {
    expect(readLinkedInCsv('Skills', 'Name\nDiscord,Reddit\n').problems[0]).toMatch(
      /^Skills\.csv row 1 has 2 values but the header has 1 columns/,
    );
  });
});

describe('readLinkedInDate', () => {
  test.each([
    ['Mar 2021', { month: '2021-03' }],
    ['March 2021', { month: '2021-03' }],
    ['Sept 2020', { month: '2020-09' }],
    ['2019', { year: '2019' }],
    ['2021-03', { month: '2021-03' }],
    ['2021-03-15', { month: '2021-03-15' }],
    ['Mar 15, 2021', { month: '2021-03-15' }],
    ['15 Mar 2021', { month: '2021-03-15' }],
    ['2021-02-30', undefined],
    ['Q3 2021', undefined],
    ['sometime', undefined],
    ['Feb 30, 2021', undefined],
  ])('%s', (text, expected) => {
    expect(readLinkedInDate(text)).toEqual(expected);
  });
});

describe('languageLevel', () => {
  test.each([
    ['Native or bilingual proficiency', 'Native or bilingual'],
    ['Full professional proficiency', 'Fluent'],
    ['Professional working proficiency', 'Professional'],
    ['Limited working proficiency', 'Conversational'],
    ['Elementary proficiency', 'Elementary'],
    ['NATIVE_OR_BILINGUAL', 'Native or bilingual'],
    ['Klingon', undefined],
  ])('%s', (proficiency, level) => {
    expect(languageLevel(proficiency)).toBe(level);
  });
});

describe('profile links', () => {
  test('Websites become labelled links, or platform links by their address', () => {
    expect(websiteLinks('[PORTFOLIO:https://a.example,BLOG:https://b.example/x,OTHER:https://github.com/a,COMPANY:not a url]')).toEqual({
      links: [
        { platform: 'website', url: 'https://a.example', label: 'Portfolio' },
        { platform: 'website', url: 'https://b.example/x', label: 'Blog' },
        { platform: 'github', url: 'https://github.com/a' },
      ],
      unreadable: ['COMPANY:not a url'],
    });
    expect(websiteLinks('https://plain.example').links).toEqual([{ platform: 'website', url: 'https://plain.example' }]);
  });

  test('Twitter Handles become X links', () => {
    expect(xLinks('[asha_cm, @second]').links.map((link) => link.url)).toEqual(['https://x.com/asha_cm', 'https://x.com/second']);
    expect(xLinks('not a handle!').unreadable).toEqual(['not a handle!']);
  });
});

describe('importLinkedInProfile on the fixture export', () => {
  const imported = importLinkedInProfile(fixtureTables());
  const written = JSON.stringify(imported.profile) + imported.bio;

  test('carries over name, headline, location, links, experience, credentials, skills, languages, projects and testimonials', () => {
    expect(imported.problems).toEqual([]);
    expect(imported.profile).toMatchObject({
      name: 'अनन्या Rao-Þórsdóttir',
      headline: 'Community manager for creator brands, in Hindi & English',
      location: 'Pune, Maharashtra, India',
      links: [
        { platform: 'website', url: 'https://ananya.example', label: 'Portfolio' },
        { platform: 'website', url: 'https://blog.ananya.example/posts', label: 'Blog' },
        { platform: 'x', url: 'https://x.com/ananya_cm', label: '@ananya_cm' },
      ],
      skills: ['Community Building', 'Discord', 'सामुदायिक प्रबंधन', 'Content Strategy'],
      credentials: [
        { kind: 'degree', title: 'Bachelor of Arts - BA, Mass Communication', issuer: 'Savitribai Phule Pune University', date: '2017-12' },
        {
          kind: 'certificate',
          title: 'Community Management Fundamentals',
          issuer: 'CMX Academy',
          date: '2023-11',
          url: 'https://academy.example/certificates/ANR-2023',
        },
      ],
      languages: [
        { name: 'Hindi', level: 'Native or bilingual' },
        { name: 'English', level: 'Fluent' },
        { name: 'Marathi', level: 'Conversational' },
      ],
      projects: [{ name: 'Moderation handbook', url: 'https://handbook.example', start: '2023-01' }],
      testimonials: [
        {
          person: 'María José',
          role: 'Head of Community, Chai & Code Community',
          quote: expect.stringContaining('"without banning anyone"'),
        },
      ],
    });
    expect((imported.profile.experience as { organisation: string; start: string }[]).map((job) => [job.organisation, job.start])).toEqual([
      ['Chai & Code Community', '2022-03'],
      ['Girls Who Post', '2020-08'],
      ['Kahaani Studios', '2019-06'],
      ['Pustak Club', '2018-01'],
    ]);
  });

  test('never copies the birth date, address, postal code, messengers, email or hidden recommendations', () => {
    for (const secret of ['1994', 'Hidden Lane', '411001', 'ananya.private', 'Kulkarni', '@example.com', 'SECRET-', 'Online Audio'])
      expect(written).not.toContain(secret);
    expect(imported.profile.email).toBeUndefined();
    expect(imported.dropped.find((note) => note.path === 'Email Addresses.csv')?.reason).toMatch(/--include-email/);
  });

  test('copies the primary email address when asked', () => {
    expect(importLinkedInProfile(fixtureTables(), { includeEmail: true }).profile.email).toBe('ananya@example.com');
  });

  test('reports every cell it left out, by file, row and column, in the order of the export', () => {
    expect(imported.dropped.map((note) => note.path)).toEqual([
      'Profile.csv, Maiden Name',
      'Profile.csv, Address',
      'Profile.csv, Birth Date',
      'Profile.csv, Industry',
      'Profile.csv, Zip Code',
      'Profile.csv, Instant Messengers',
      'Education.csv row 1, Start Date',
      'Education.csv row 1, Notes',
      'Education.csv row 1, Activities',
      'Education.csv row 2',
      'Certifications.csv row 1, Finished On',
      'Certifications.csv row 1, License Number',
      'Honors.csv row 1',
      'Volunteering.csv row 1, Cause',
      'Recommendations_Received.csv row 1, Creation Date',
      'Recommendations_Received.csv row 2',
      'Recommendations_Received.csv row 3',
      'Email Addresses.csv',
    ]);
    const reason = (place: string) => imported.dropped.find((note) => note.path === place)?.reason;
    expect(reason('Recommendations_Received.csv row 2')).toBe(
      'is not shown on your LinkedIn profile (status HIDDEN): only recommendations you show publicly become testimonials.',
    );
    expect(reason('Honors.csv row 1')).toContain('- { kind: award, title: "Community Builder of the Year", issuer: "…", date: 2023-12 }');
    expect(imported.adjusted.map((note) => note.path)).toEqual([
      'Education.csv row 1, End Date',
      'Positions.csv row 3, Started On',
      'Positions.csv row 3, Finished On',
    ]);
  });

  test('writes the summary as Markdown paragraphs and a list, with HTML-like text escaped', () => {
    expect(imported.bio).toBe(
      'I build communities that talk back.\n\nWhat I do:\n\n- Run a 40,000-member Discord for learners\n' +
        '- Turn members\' questions into "office hours", every week\n\nI once wrote &lt;script>alert(1)&lt;/script> in a post about safety & moderation.',
    );
  });
});

describe('importLinkedInProfile on unusual exports', () => {
  test('a date LinkedIn does not write is a problem naming the file, row and column', () => {
    const imported = importLinkedInProfile({ Positions: [{ 'Company Name': 'Acme', Title: 'Lead', 'Started On': 'sometime in 2021' }] });
    expect(imported.problems).toEqual([
      'Positions.csv row 1, Started On: "sometime in 2021" is not a date as LinkedIn writes them (e.g. "Mar 2021" or "2019"). Correct it in the file, or on LinkedIn and export again.',
    ]);
  });

  test('a column LinkedIn may add later is reported, not silently dropped', () => {
    const imported = importLinkedInProfile({ Skills: [{ Name: 'Discord', 'Endorsement Count': '12' }] });
    expect(imported.dropped).toEqual([
      { path: 'Skills.csv row 1, Endorsement Count', reason: expect.stringMatching(/a column Commfolio does not know/) },
    ]);
  });

  test('a missing export gives placeholders to replace, and courses say how to add them', () => {
    const imported = importLinkedInProfile({ Courses: [{ Name: 'Moderation 101', Number: 'M101' }] });
    expect(imported.profile).toMatchObject({ name: 'Your name', headline: 'What you do, in one line' });
    expect(imported.dropped.map((note) => note.reason)).toEqual([
      expect.stringContaining('- { kind: course, title: "Moderation 101", issuer: "…", date: YYYY-MM }'),
    ]);
  });
});
