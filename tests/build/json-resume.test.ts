import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkEntry } from '../../src/content-folder/check/check-content.ts';
import { buildSite, readBuilt, withoutVitestVariables, type BuiltSite } from '../helpers/build-site.ts';
import { jsonResumeErrors, leaves } from '../helpers/json-resume.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(projectRoot, 'tests/fixtures/json-resume/full.json');

/** Runs `npm run import -- resume …`'s script with CONTENT_DIR set. */
function runImport(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', 'resume', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The paths the import lists under "could not be carried over". */
const reportedPaths = (output: string) =>
  output
    .split('could not be carried over:\n')[1]
    ?.split('\n\n')[0]
    ?.split('\n')
    .map((line) => line.match(/^ {2}- ([^:]+):/)?.[1]) ?? [];

// Fields that arrive in /resume.json changed on purpose, not lost.
const NORMALISED: Record<string, string> = {
  'basics.url': "is the portfolio's own address; the old homepage became a website link",
  'basics.profiles[1].network': 'Twitter is called X',
  'projects[2].roles[0]': 'Organizer is spelt Organiser',
};

describe('importing a full JSON Resume, building the site and reading /resume.json back', () => {
  const original = JSON.parse(readFileSync(fixture, 'utf8'));
  let contentDir: string;
  let imported: { status: number | null; output: string };
  let site: BuiltSite;
  let exported: Record<string, any>;
  beforeAll(() => {
    contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-resume-'));
    copyFileSync(path.join(projectRoot, 'tests/fixtures/site-basic/site.yaml'), path.join(contentDir, 'site.yaml'));
    imported = runImport(contentDir, fixture);
    expect(imported.status, imported.output).toBe(0);
    site = buildSite(contentDir);
    expect(site.status, site.output).toBe(0);
    exported = JSON.parse(readBuilt(site, 'resume.json'));
  });

  test('the imported profile passes the content checker', async () => {
    expect(await checkEntry(path.join(contentDir, 'profile.md'), 'profile', contentDir)).toEqual([]);
  });

  test('the published resume is valid against @jsonresume/schema', () => {
    expect(jsonResumeErrors(exported)).toEqual([]);
  });

  const pick =
    (...keys: string[]) =>
    (item: Record<string, unknown>) =>
      Object.fromEntries(keys.filter((key) => key in item).map((key) => [key, item[key]]));
  test.each<[string, (resume: Record<string, any>) => unknown]>([
    ['basics.name', (resume) => resume.basics.name],
    ['basics.label', (resume) => resume.basics.label],
    ['basics.email', (resume) => resume.basics.email],
    ['basics.summary', (resume) => resume.basics.summary],
    ['basics.location city, region and countryCode', (resume) => pick('city', 'region', 'countryCode')(resume.basics.location)],
    ['basics.profiles urls', (resume) => resume.basics.profiles.slice(0, 4).map(pick('url'))],
    ['basics.profiles usernames on known networks', (resume) => resume.basics.profiles.slice(0, 3).map(pick('username'))],
    ['work', (resume) => resume.work.map(pick('name', 'position', 'location', 'startDate', 'endDate', 'summary'))],
    ['education', (resume) => resume.education.map(pick('institution', 'studyType', 'area', 'endDate', 'url'))],
    ['certificates', (resume) => resume.certificates],
    ['awards', (resume) => resume.awards.map(pick('title', 'awarder', 'date'))],
    ['skills', (resume) => resume.skills.map(pick('name', 'keywords'))],
    ['languages', (resume) => resume.languages],
    ['projects', (resume) => resume.projects.map(pick('name', 'description', 'startDate', 'endDate', 'url'))],
    ['talks and events', (resume) => resume.projects.slice(1).map(pick('entity', 'type'))],
    ['roles of talks', (resume) => resume.projects[1].roles],
    ['references, hostile text included', (resume) => resume.references],
  ])('%s survive', (_, select) => {
    expect(select(exported)).toEqual(select(original));
  });

  test("basics.url is the portfolio, and networks use Commfolio's names", () => {
    expect(exported.basics.url).toBe('https://fixture.example/');
    expect(exported.basics.profiles.map((profile: { network: string }) => profile.network)).toEqual([
      'LinkedIn',
      'X',
      'Mastodon',
      'Behance',
      'Website',
    ]);
    expect(exported.basics.profiles[4].url).toBe('https://kadri.example');
  });

  test('every field is in /resume.json unchanged, reported by the import, or changed on purpose', () => {
    const reported = reportedPaths(imported.output);
    const kept = leaves(exported);
    const isReported = (leaf: string) =>
      reported.some((field) => leaf === field || leaf.startsWith(`${field}.`) || leaf.startsWith(`${field}[`));
    const unaccounted = [...leaves(original)].filter(
      ([leaf, value]) => kept.get(leaf) !== value && !isReported(leaf) && !(leaf in NORMALISED),
    );
    expect(unaccounted).toEqual([]);
  });

  test('the import reports exactly the fields that cannot be kept', () => {
    const reported = reportedPaths(imported.output);
    expect(reported.length).toBeGreaterThan(0);
    const kept = leaves(exported);
    // Nothing reported as lost comes out the other side unchanged.
    const survived = reported.filter((field) =>
      [...leaves(original)].some(
        ([leaf, value]) => (leaf === field || leaf.startsWith(`${field}.`) || leaf.startsWith(`${field}[`)) && kept.get(leaf) === value,
      ),
    );
    expect(survived).toEqual([]);
    expect(reported).toEqual(
      expect.arrayContaining(['basics.phone', 'basics.image', 'work[0].highlights', 'publications', 'interests', 'volunteer', 'meta']),
    );
  });

  test('never replaces profile.md without --force, and does with it', () => {
    const file = path.join(contentDir, 'profile.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Kadri Tamm', 'name: Edited by hand'));
    const refused = runImport(contentDir, fixture);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/profile\.md already exists\. Run the command again with --force/);
    expect(readFileSync(file, 'utf8')).toContain('name: Edited by hand');
    expect(runImport(contentDir, fixture, '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('name: Kadri Tamm');
  });
});

describe('npm run import', () => {
  test.each([
    [
      ['import.ts'],
      /Usage:\n {2}npm run import -- linkedin .*\n {2}npm run import -- metrics .*\n {2}npm run import -- resume <resume\.json> \[--force\]\n {2}npm run import -- x /,
    ],
    [['import.ts', 'myspace', 'x.json'], /Unknown importer "myspace"\. Usage:/],
    [['import.ts', 'resume'], /Usage: npm run import -- resume <resume\.json> \[--force\]/],
  ])('%j explains its usage', (args, expected) => {
    const result = spawnSync(
      process.execPath,
      args.map((arg, index) => (index === 0 ? `scripts/${arg}` : arg)),
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(expected);
  });

  test('names a file that is not JSON', () => {
    const result = runImport(mkdtempSync(path.join(tmpdir(), 'commfolio-resume-')), path.join(projectRoot, 'README.md'));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/README\.md cannot be read as JSON/);
  });
});

describe("the sample portfolio's /resume.json", () => {
  let site: BuiltSite;
  let resume: Record<string, any>;
  beforeAll(() => {
    site = buildSite(path.join(projectRoot, 'content'));
    expect(site.status, site.output).toBe(0);
    resume = JSON.parse(readBuilt(site, 'resume.json'));
  });

  test('is valid against @jsonresume/schema', () => {
    expect(jsonResumeErrors(resume)).toEqual([]);
  });

  test('fills every section the profile has', () => {
    expect(Object.keys(resume.basics)).toEqual(['name', 'label', 'image', 'email', 'url', 'summary', 'location', 'profiles']);
    for (const section of ['work', 'education', 'certificates', 'awards', 'skills', 'languages', 'projects', 'references'])
      expect(resume[section]?.length, section).toBeGreaterThan(0);
    expect(new Set(resume.projects.map((project: { type?: string }) => project.type))).toEqual(
      new Set([undefined, 'talk', 'event', 'case study']),
    );
  });
});
