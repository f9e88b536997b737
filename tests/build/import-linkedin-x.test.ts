import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, listFiles, readBuilt, readPage, withoutVitestVariables, type BuiltSite } from '../helpers/build-site.ts';
import { makeZip } from '../helpers/zip.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(projectRoot, 'tests/fixtures');

/** Runs `npm run import -- …`'s script, or another script, with CONTENT_DIR set. */
function run(contentDir: string, script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const runImport = (contentDir: string, ...args: string[]) => run(contentDir, 'scripts/import.ts', ...args);

/** A fresh copy of the basic fixture site without its profile. */
function freshContent(): string {
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-import-')), 'content');
  cpSync(path.join(fixtures, 'site-basic'), contentDir, { recursive: true });
  rmSync(path.join(contentDir, 'profile.md'));
  return contentDir;
}

/** Every file of a folder with its bytes, to show that nothing changed. */
const snapshot = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(folder, name)).isFile())
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );

describe('importing a LinkedIn export and an X archive, checking and building the site', () => {
  let contentDir: string;
  let site: BuiltSite;
  const outputs: string[] = [];
  beforeAll(() => {
    contentDir = freshContent();
    const linkedin = runImport(contentDir, 'linkedin', path.join(fixtures, 'linkedin-export.zip'));
    expect(linkedin.status, linkedin.output).toBe(0);
    const x = runImport(
      contentDir,
      'x',
      path.join(fixtures, 'x-archive'),
      '--case-study',
      'launch',
      '--time-zone',
      'Asia/Kolkata',
      '--thread',
      '1600000000000000001',
    );
    expect(x.status, x.output).toBe(0);
    outputs.push(linkedin.output, x.output);
    // The charts the import suggests, as the user adds them to the case study.
    const caseStudy = path.join(contentDir, 'case-studies/launch/index.md');
    writeFileSync(
      caseStudy,
      readFileSync(caseStudy, 'utf8').replace(
        'charts:\n',
        'charts:\n' +
          '  - { type: line, file: ./x-posts.csv, measure: likes, title: "Likes per post on X" }\n' +
          '  - { type: heatmap, file: ./x-posts.csv, measure: likes, title: "Best time to post on X" }\n',
      ),
    );
    site = buildSite(contentDir);
  });

  test('prints what it wrote and every field it could not carry over, with the reason', () => {
    expect(outputs[0]).toContain('Wrote ');
    expect(outputs[0]).toMatch(/18 fields could not be carried over:\n {2}- Profile\.csv, Maiden Name: a former name is private/);
    expect(outputs[0]).toContain('  - Recommendations_Received.csv row 2: is not shown on your LinkedIn profile (status HIDDEN)');
    expect(outputs[1]).toMatch(/x-posts\.csv: 7 posts; columns date, likes, reposts; times in Asia\/Kolkata\./);
    expect(outputs[1]).toContain(
      "Left out: 1 reply to others (--include-replies counts them); 2 later posts of threads (each thread counts once); 1 repost of others' posts",
    );
  });

  test('the imported content passes npm run check', () => {
    const check = run(contentDir, 'scripts/check.ts', '--content-only');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('no problems found');
  });

  test('the site builds', () => {
    expect(site.status, site.output).toBe(0);
  });

  test('the CV page shows the imported experience, credentials, skills and languages in words', () => {
    const cv = readPage(site, 'cv/index.html');
    const text = cv.text.replace(/\s+/g, ' ');
    expect(cv.querySelector('h1')?.text).toContain('अनन्या Rao-Þórsdóttir');
    for (const shown of [
      'Community Lead',
      'Chai & Code Community',
      'Mentor',
      'Girls Who Post',
      'Social Media Manager',
      'Bachelor of Arts - BA, Mass Communication',
      'Community Management Fundamentals',
      'CMX Academy',
      'सामुदायिक प्रबंधन',
      'Hindi',
      'Native or bilingual',
      'Fluent',
      'Conversational',
      'Moderation handbook',
    ]) {
      expect(text).toContain(shown);
    }
  });

  test('the about page shows the bio, links and the visible recommendation, and never the hidden one', () => {
    const about = readPage(site, 'about/index.html');
    const text = about.text.replace(/\s+/g, ' ');
    expect(text).toContain('I build communities that talk back.');
    expect(about.querySelectorAll('main li').map((item) => item.text.trim())).toContain('Run a 40,000-member Discord for learners');
    expect(text).toContain('I once wrote <script>alert(1)</script> in a post about safety & moderation.');
    expect(about.querySelectorAll('main script')).toHaveLength(0);
    expect(text).toContain('without banning anyone');
    expect(text).toContain('María José');
    expect(about.querySelector('a[href="https://x.com/ananya_cm"]')).not.toBeNull();
    expect(about.querySelector('a[href="https://ananya.example"]')).not.toBeNull();
  });

  test('no private detail of either export reaches the site', () => {
    const built = listFiles(site.outDir)
      .filter((file) => /\.(html|xml|json|txt)$/.test(file))
      .map((file) => readBuilt(site, file))
      .join('\n');
    for (const secret of [
      'SECRET-',
      'Hidden Lane',
      '411001',
      '1994',
      '98765',
      'ananya.private',
      'Kulkarni',
      'ananya@example.com',
      'old.address@example.com',
      'secret.connection',
      'secret.account',
      'media.licdn.com',
      'pbs.twimg.com',
    ]) {
      expect(built, secret).not.toContain(secret);
    }
  });

  test('the X series draws a line chart and a heatmap in the built case study', () => {
    const charts = readPage(site, 'case-studies/launch/index.html').querySelectorAll('figure.chart');
    const line = charts.find((chart) => chart.text.includes('Likes per post on X'))!;
    const heatmap = charts.find((chart) => chart.text.includes('Best time to post on X'))!;
    expect(line.querySelector('path.chart__line')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+C/);
    expect(line.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(heatmap.querySelectorAll('.chart__svg--wide rect.chart__cell')).toHaveLength(7 * 24);
    expect(heatmap.querySelector('.chart__summary')?.text).toContain('Monday 20:00');
  });

  test('articles and threads become drafts, left out of the published site', () => {
    const article = readFileSync(path.join(contentDir, 'blog/five-rituals-that-keep-a-discord-alive.md'), 'utf8');
    expect(article).toMatch(/^---\n# Imported from your LinkedIn article/);
    expect(article).toContain('draft: true');
    expect(readdirSync(path.join(contentDir, 'blog'))).toContain('how-we-grew-a-learners-discord-from-0-to-40-000-1ugw7j.md');
    expect(listFiles(site.outDir).some((file) => file.includes('five-rituals'))).toBe(false);
  });
});

describe('bad input to npm run import -- linkedin and -- x', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'commfolio-bad-import-'));
  const contentDir = freshContent();
  const before = snapshot(contentDir);
  /** An export folder like the fixture, with one file replaced. */
  const brokenExport = (file: string, text: string) => {
    const folder = mkdtempSync(path.join(work, 'export-'));
    cpSync(path.join(fixtures, 'linkedin-export'), folder, { recursive: true });
    writeFileSync(path.join(folder, file), text);
    return folder;
  };
  const notZip = path.join(work, 'Complete_LinkedInDataExport.zip');
  writeFileSync(notZip, 'this is not a zip');
  const otherZip = path.join(work, 'holiday-photos.zip');
  writeFileSync(otherZip, makeZip({ 'IMG_0001.txt': 'a photo, honestly' }));
  const slipZip = path.join(work, 'slip.zip');
  writeFileSync(slipZip, makeZip({ 'Profile.csv': 'First Name,Last Name,Headline\nA,B,C\n', '../profile.md': '---\nname: pwned\n---\n' }));

  test.each([
    ['not a zip', ['linkedin', notZip], /Complete_LinkedInDataExport\.zip is not a zip file .*Give the zip exactly as it was sent to you/],
    [
      'a zip of something else',
      ['linkedin', otherZip],
      /holiday-photos\.zip is not a LinkedIn data export: it has none of Profile\.csv, Positions\.csv, Education\.csv, Certifications\.csv/,
    ],
    [
      'an X archive given as LinkedIn',
      ['linkedin', path.join(fixtures, 'x-archive.zip')],
      /is an archive from X, not LinkedIn\. Import it with: npm run import -- x /,
    ],
    [
      'a zip of something else as X',
      ['x', otherZip, '--case-study', 'launch'],
      /holiday-photos\.zip is not an archive from X: it has no data\/tweets\.js/,
    ],
    [
      'a zip whose entry climbs out',
      ['linkedin', slipZip],
      /slip\.zip holds a file whose name climbs out of the folder with \.\.\/ \("\.\.\/profile\.md"\)/,
    ],
    [
      'a CSV with unknown columns',
      ['linkedin', brokenExport('Positions.csv', 'Employer,Job,When\nAcme,Lead,2020\n')],
      /Positions\.csv is not laid out as LinkedIn writes it: it has no "Company Name", no "Title", no "Started On" column\. Expected the columns Company Name, Title, Description, Location, Started On, Finished On; found Employer, Job, When/,
    ],
    [
      'a date it cannot read',
      ['linkedin', brokenExport('Positions.csv', 'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Lead,,,Q3 2021,\n')],
      /Positions\.csv row 1, Started On: "Q3 2021" is not a date as LinkedIn writes them/,
    ],
    [
      'a damaged tweets.js',
      [
        'x',
        (() => {
          const folder = mkdtempSync(path.join(work, 'x-'));
          cpSync(path.join(fixtures, 'x-archive'), folder, { recursive: true });
          writeFileSync(
            path.join(folder, 'data/tweets.js'),
            'window.YTD.tweets.part0 = [ { "tweet" : { "id_str": "1", "created_at": "last Tuesday" } } ]',
          );
          return folder;
        })(),
        '--case-study',
        'launch',
      ],
      /data\/tweets\.js entry 1 has created_at "last Tuesday", not a time as X writes it/,
    ],
  ])('%s: a clear error naming the file, and nothing written', (_, args, message) => {
    const result = runImport(contentDir, ...args);
    expect(result.status, result.output).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.output).toContain('Nothing was written');
    expect(snapshot(contentDir)).toEqual(before);
    expect(readdirSync(work)).not.toContain('profile.md');
  });

  test('an existing profile is never replaced without --force', () => {
    const existing = path.join(contentDir, 'profile.md');
    writeFileSync(existing, '---\nname: Mine\nheadline: Mine\n---\n');
    const result = runImport(contentDir, 'linkedin', path.join(fixtures, 'linkedin-export'));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/profile\.md already exists\. Run the command again with --force/);
    expect(readFileSync(existing, 'utf8')).toBe('---\nname: Mine\nheadline: Mine\n---\n');
    expect(readdirSync(path.join(contentDir, 'blog'))).not.toContain('five-rituals-that-keep-a-discord-alive.md');
    const forced = runImport(contentDir, 'linkedin', path.join(fixtures, 'linkedin-export'), '--force');
    expect(forced.status, forced.output).toBe(0);
    expect(readFileSync(existing, 'utf8')).toContain('name: अनन्या Rao-Þórsdóttir');
  });

  test('-- x picks a period, counts replies and reposts when asked, and replaces its file only with --force', () => {
    const options = [
      '--case-study',
      'launch',
      '--time-zone',
      'Asia/Kolkata',
      '--since',
      '2023-01-11',
      '--until',
      '2023-03-02',
      '--include-replies',
      '--include-reposts',
      '--out',
      'period.csv',
    ];
    const first = runImport(contentDir, 'x', path.join(fixtures, 'x-archive.zip'), ...options);
    expect(first.status, first.output).toBe(0);
    const file = path.join(contentDir, 'case-studies/launch/period.csv');
    expect(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((row) => row.slice(0, 10)),
    ).toEqual(['2023-01-11', '2023-01-13', '2023-02-18', '2023-02-21', '2023-03-01', '2023-03-02']);
    const again = runImport(contentDir, 'x', path.join(fixtures, 'x-archive.zip'), ...options);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/period\.csv already exists\. Run again with --force to replace it/);
    expect(runImport(contentDir, 'x', path.join(fixtures, 'x-archive.zip'), ...options, '--force').status).toBe(0);
  });

  test('--include-email copies the primary address', () => {
    const withEmail = freshContent();
    expect(runImport(withEmail, 'linkedin', path.join(fixtures, 'linkedin-export'), '--include-email').status).toBe(0);
    expect(readFileSync(path.join(withEmail, 'profile.md'), 'utf8')).toContain('email: ananya@example.com');
  });
});
