import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEntry } from '../../../src/content-folder/check/check-content.ts';
import { parseFrontmatter } from '../../../src/lib/frontmatter.ts';
import { importJsonResume } from '../../../src/lib/json-resume/import.ts';
import { platformOfNetwork } from '../../../src/lib/json-resume/networks.ts';
import { profileFileText } from '../../../src/lib/json-resume/profile-file.ts';

const full = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/json-resume/full.json'), 'utf8'));

/** Writes an imported profile into a fresh content folder and returns the checker's problems. */
async function checkImported(profile: Record<string, unknown>, bio: string) {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-import-'));
  const file = path.join(contentDir, 'profile.md');
  const text = profileFileText(profile, bio, 'resume.json');
  writeFileSync(file, text);
  return { problems: await checkEntry(file, 'profile', contentDir), text };
}

const paths = (notes: { path: string }[]) => notes.map((note) => note.path);

describe('importJsonResume on a full JSON Resume', () => {
  const imported = importJsonResume(full, { siteUrl: 'https://fixture.example' });

  test('writes a profile.md that passes the content checker, with the summary as the bio', async () => {
    const { problems, text } = await checkImported(imported.profile, imported.bio);
    expect(problems).toEqual([]);
    const { data, body } = parseFrontmatter(text);
    expect(data.name).toBe('Kadri Tamm');
    expect(body.trim()).toBe(full.basics.summary);
  });

  test('reports exactly the fields the profile has no place for, in the order of the file', () => {
    expect(paths(imported.dropped)).toEqual([
      'basics.image',
      'basics.phone',
      'basics.location.address',
      'basics.location.postalCode',
      'basics.profiles[3].username',
      'work[0].description',
      'work[0].url',
      'work[0].highlights',
      'volunteer',
      'education[0].startDate',
      'education[0].score',
      'education[0].courses',
      'awards[0].summary',
      'publications',
      'skills[0].level',
      'interests',
      'projects[0].highlights',
      'projects[0].keywords',
      'projects[0].roles',
      'projects[0].entity',
      'projects[0].type',
      'meta',
    ]);
    expect(imported.dropped.find((note) => note.path === 'basics.image')?.reason).toMatch(
      /Download the picture, put it beside profile\.md .*photo: \{ file: \.\/photo\.jpg, alt:/,
    );
  });

  test('notes that the old homepage became a link', () => {
    expect(imported.adjusted).toEqual([{ path: 'basics.url', reason: expect.stringMatching(/became a website link/) }]);
    expect(imported.profile.links).toContainEqual({ platform: 'website', url: 'https://kadri.example' });
  });

  test('maps sections to the profile model', () => {
    expect(imported.profile).toMatchObject({
      location: 'Tallinn, Harju County, EE',
      skills: [
        { group: 'Community platforms', items: ['Discord', 'Discourse', 'Reddit'] },
        { group: 'Analytics', items: ['Discord Server Insights', 'Metabase', 'Cohort retention'] },
      ],
      credentials: [
        {
          kind: 'degree',
          title: 'Master of Arts in Communication Management',
          issuer: 'Tallinn University',
          date: '2019-06',
          url: 'https://www.tlu.example',
        },
        { kind: 'diploma', title: 'Diploma in Graphic Design', issuer: 'Tartu Art School', date: '2014-06' },
        {
          kind: 'certificate',
          title: 'Trust and Safety Fundamentals',
          issuer: 'Open Moderation Institute',
          date: '2022-05',
          url: 'https://certificates.example/tsf/KT-2022',
        },
        { kind: 'award', title: 'Community Team of the Year', issuer: 'Nordic Game Community Awards', date: '2024-11-14' },
      ],
      events: [
        {
          title: 'Launch week without burnout',
          event: 'Nordic Game Conference 2024',
          date: '2024-10-12',
          role: 'speaker',
          url: 'https://nordicgameconf.example/2024/talks/launch-week',
        },
        { title: "Community managers' unconference", event: 'CM Camp Tallinn', date: '2023-05', role: 'organiser' },
      ],
      languages: [{ name: 'Estonian', level: 'Native speaker' }, { name: 'English', level: 'Fluent' }, { name: 'Finnish' }],
    });
  });
});

describe('importJsonResume on incomplete and unusual resumes', () => {
  const basics = { name: 'A', label: 'B' };
  test.each([
    [
      'a year becomes a month, noted',
      { work: [{ name: 'Org', position: 'Lead', startDate: '2019', endDate: '2020' }] },
      { experience: [{ role: 'Lead', organisation: 'Org', start: '2019-01', end: '2020-12' }] },
      [],
      ['work[0].startDate', 'work[0].endDate'],
    ],
    ['a job without a start is left out whole', { work: [{ name: 'Org', position: 'Lead', summary: 'x' }] }, {}, ['work[0]'], []],
    [
      'a job with an unreadable end is left out, not shown as current',
      { work: [{ name: 'Org', position: 'Lead', startDate: '2019-05', endDate: 'last year' }] },
      {},
      ['work[0]'],
      [],
    ],
    [
      'the legacy company field names the organisation',
      { work: [{ company: 'Org', position: 'Lead', startDate: '2019-05' }] },
      { experience: [{ role: 'Lead', organisation: 'Org', start: '2019-05' }] },
      [],
      [],
    ],
    [
      'a link that is not a web address is left out',
      { basics: { ...basics, profiles: [{ network: 'X', url: 'javascript:alert(1)' }] } },
      {},
      ['basics.profiles[0]'],
      [],
    ],
    [
      'a link without a network is recognised by its host',
      { basics: { ...basics, profiles: [{ url: 'https://github.com/a' }] } },
      { links: [{ platform: 'github', url: 'https://github.com/a' }] },
      [],
      [],
    ],
    ["the site's own address is not added as a link", { basics: { ...basics, url: 'https://fixture.example/' } }, {}, [], []],
    ['text where a list belongs is left out', { skills: 'Discord, Reddit' }, {}, ['skills'], []],
    [
      'a number where text belongs is left out',
      { languages: [{ language: 'Estonian', fluency: 5 }] },
      { languages: [{ name: 'Estonian' }] },
      ['languages[0].fluency'],
      [],
    ],
    [
      'skills without keywords stay a plain list',
      { skills: [{ name: 'Discord' }, { name: 'Reddit', level: 'Expert' }] },
      { skills: ['Discord', 'Reddit'] },
      ['skills[1].level'],
      [],
    ],
    [
      'a loose skill among groups goes into a "Skills" group',
      { skills: [{ name: 'Platforms', keywords: ['Discord'] }, { name: 'Writing' }] },
      {
        skills: [
          { group: 'Platforms', items: ['Discord'] },
          { group: 'Skills', items: ['Writing'] },
        ],
      },
      [],
      ['skills[1]'],
    ],
    [
      'a panel with a "Panelist" role is an event',
      {
        projects: [{ name: 'Panel', type: 'Panel', roles: ['Panelist', 'Host'], entity: 'Summit', startDate: '2024-05', description: 'x' }],
      },
      { events: [{ title: 'Panel', event: 'Summit', date: '2024-05', role: 'panellist' }] },
      ['projects[0].roles[1]', 'projects[0].description'],
      [],
    ],
    [
      'a talk without an event name stays a project',
      { projects: [{ name: 'Talk', type: 'talk', startDate: '2024-05', description: 'About moderation.' }] },
      { projects: [{ name: 'Talk', summary: 'About moderation.', start: '2024-05' }] },
      ['projects[0].type'],
      [],
    ],
    [
      'a project without a description repeats its name, noted',
      { projects: [{ name: 'Kit' }] },
      { projects: [{ name: 'Kit', summary: 'Kit' }] },
      [],
      ['projects[0].description'],
    ],
    [
      'a case study is left out with a pointer to npm run new',
      { projects: [{ name: 'Launch', type: 'case study', description: 'x' }] },
      {},
      ['projects[0]'],
      [],
    ],
    ['a reference without text is left out', { references: [{ name: 'Mart' }] }, {}, ['references[0]'], []],
    [
      'a missing name and headline become placeholders, noted',
      { basics: {} },
      { name: 'Your name', headline: 'What you do, in one line' },
      [],
      ['basics.name', 'basics.label'],
    ],
  ])('%s', async (_, resume, expectedProfile, expectedDropped, expectedAdjusted) => {
    const imported = importJsonResume({ basics, ...resume }, { siteUrl: 'https://fixture.example' });
    expect(imported.profile).toMatchObject(expectedProfile);
    expect(paths(imported.dropped)).toEqual(expectedDropped);
    expect(paths(imported.adjusted)).toEqual(expectedAdjusted);
    expect((await checkImported(imported.profile, imported.bio)).problems).toEqual([]);
  });

  test('something that is not a resume gives placeholders and reports its fields', async () => {
    const imported = importJsonResume({ title: 'not a resume' });
    expect(paths(imported.dropped)).toEqual(['title']);
    expect((await checkImported(imported.profile, imported.bio)).problems).toEqual([]);
  });
});

describe('platformOfNetwork', () => {
  test.each([
    ['LinkedIn', 'https://l.example', 'linkedin'],
    ['Twitter', 'https://twitter.com/a', 'x'],
    ['X (Twitter)', 'https://x.com/a', 'x'],
    ['twitter/x', 'https://x.com/a', 'x'],
    ['YouTube', 'https://youtube.com/@a', 'youtube'],
    ['Bluesky', 'https://bsky.app/profile/a', 'bluesky'],
    ['Behance', 'https://behance.net/a', undefined],
    [undefined, 'https://www.instagram.com/a', 'instagram'],
    [undefined, 'https://blog.example', undefined],
  ])('%s (%s) → %s', (network, url, expected) => {
    expect(platformOfNetwork(network, url)).toBe(expected);
  });
});

describe('profileFileText', () => {
  test('text that YAML would read as something else comes back as the same text', () => {
    const tricky = [
      'yes',
      'No',
      '10:30',
      '2024-05-01',
      'null',
      '~',
      '0123',
      '#hash',
      'key: value',
      '- dash',
      '@user',
      '</script> "q" & \'s\'',
      'a\nb',
    ];
    const { data } = parseFrontmatter(profileFileText({ name: 'A', headline: 'B', skills: tricky }, '', 'resume.json'));
    expect(data.skills).toEqual(tricky);
  });

  test('starts with a how-to header naming the source', () => {
    expect(profileFileText({ name: 'A', headline: 'B' }, 'Bio.', 'my resume.json')).toMatch(
      /^---\n# Your profile, imported from my resume\.json by npm run import -- resume\.\n(#.*\n)+\nname: A\nheadline: B\n---\n\nBio\.\n$/,
    );
  });
});
