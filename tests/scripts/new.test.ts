import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { withoutVitestVariables } from '../helpers/build-site.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
let contentDir: string;

/** Runs `npm run new -- …`'s script on a copy of the basic fixture offered in English and Tagalog. */
const runNew = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
  });

beforeEach(() => {
  contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-new-')), 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/site-basic'), contentDir, { recursive: true });
  writeFileSync(
    path.join(contentDir, 'site.yaml'),
    `${readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')}defaultLanguage: en\nlanguages: [en, tl]\n`,
  );
});

describe('npm run new', () => {
  test('writes an address without accents, in the language asked for', () => {
    const result = runNew('post', 'Paano ko pinalago ang Kapé Sugbo', '--language', 'TL');
    expect(result.stdout).toMatch(/^Created .*blog\/paano-ko-pinalago-ang-kape-sugbo\.md \(a draft: set draft: false to publish it\)\.$/m);
    const { data } = parseFrontmatter(readFileSync(path.join(contentDir, 'blog/paano-ko-pinalago-ang-kape-sugbo.md'), 'utf8'));
    expect([data.title, data.language]).toEqual(['Paano ko pinalago ang Kapé Sugbo', 'tl']);
  });

  test("takes the site's default language when none is asked for", () => {
    expect(runNew('case-study', 'Relaunch').status).toBe(0);
    expect(parseFrontmatter(readFileSync(path.join(contentDir, 'case-studies/relaunch/index.md'), 'utf8')).data.language).toBe('en');
  });

  test('refuses a language the site does not offer, naming those it does, and writes nothing', () => {
    const before = readdirSync(path.join(contentDir, 'blog'));
    const result = runNew('post', 'Bonjour', '--language', 'fr');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `"fr" is not one of this site's languages, which are: en, tl. Use one of those, or first add it to languages: in ${path.relative(projectRoot, path.join(contentDir, 'site.yaml'))}.`,
    );
    expect(readdirSync(path.join(contentDir, 'blog'))).toEqual(before);
  });

  test('writes a profile in another language beside profile.md, and never overwrites profile.md', () => {
    const again = runNew('profile', 'Maria Santos');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'profile.md already exists: it is your profile, so edit that file (nothing was written). For your profile in another language: npm run new -- profile "Maria Santos" --language <code>.',
    );
    expect(runNew('profile', 'Maria Santos', '--language', 'tl').stdout).toMatch(/^Created .*profile\.tl\.md\.$/m);
    expect(existsSync(path.join(contentDir, 'profile.tl.md'))).toBe(true);
  });
});

describe('options written without the -- that hands them to the command', () => {
  test('npm run new post "Title" --language tl stops and says where the -- goes, and writes nothing', () => {
    const before = readdirSync(path.join(contentDir, 'blog'));
    // As a user types it: npm takes --language for itself and hands the command "tl" as a word of the title.
    const result = spawnSync('npm', ['run', 'new', 'post', 'Ang unang post', '--language', 'tl'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      'npm kept --language for itself, so the command never saw it and did nothing. Write -- right after npm run new, before the rest: npm run new -- …, e.g. npm run new -- post "Ang unang post" --language tl.',
    );
    expect(readdirSync(path.join(contentDir, 'blog'))).toEqual(before);
  });
});

describe('the other commands', () => {
  test.each([
    [['import', 'linkedin', 'tests/fixtures/linkedin-export.zip', '--force'], '--force', 'npm run import -- linkedin export.zip --force'],
    [['cv:pdf', '--letter'], '--letter', 'npm run cv:pdf -- --letter'],
  ])('npm run %j without -- stops the same way', (args, option, example) => {
    const result = spawnSync('npm', ['run', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir, COMMFOLIO_OUT_DIR: path.join(contentDir, 'no-dist') },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `npm kept ${option} for itself, so the command never saw it and did nothing. Write -- right after npm run ${args[0]}, before the rest: npm run ${args[0]} -- …, e.g. ${example}.`,
    );
  });
});
