import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withoutVitestVariables } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const check = (fixture: string) =>
  spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: path.isAbsolute(fixture) ? fixture : `tests/fixtures/${fixture}` },
  });

describe('npm run check', () => {
  test('passes valid content and prints a hiring manager’s advice, which is not an error', () => {
    const result = check('site-basic');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no problems found');
    expect(result.stdout).toMatch(/Your newest post is \d+ days old \(2025-04-02\)\. A current blog is the best cover letter/);
    expect(result.stdout).toContain('case-studies/crisis/index.md: has no "## Results" section');
    expect(result.stdout).toContain('metrics[0] (Median response time) has no source');
  });

  test('advises on a title or company that social cards cannot draw, naming the file, the field and the characters', () => {
    const content = mkdtempSync(path.join(tmpdir(), 'commfolio-check-'));
    cpSync(path.join(projectRoot, 'tests/fixtures/site-basic'), content, { recursive: true });
    writeFileSync(
      path.join(content, 'blog/korean-post.md'),
      '---\ntitle: 커뮤니티 운영에서 배운 것\ndescription: A post in Korean.\npublishedAt: 2025-04-03\ntags: [community]\nlanguage: en\n---\nBody.\n',
    );
    writeFileSync(path.join(content, 'applications/kakao.md'), '---\ncompany: 카카오\nrole: Community Lead\n---\nHello.\n');
    const result = check(content);
    rmSync(content, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /blog\/korean-post\.md: title has characters the social cards have no font for \(커 뮤 니 티 운 영 에 서 …\): link previews would show gaps there\. Cards draw Latin, .*; name an image of your own for this page with socialImage/,
    );
    expect(result.stdout).toMatch(
      /applications\/kakao\.md: company has characters the social cards have no font for \(카 오\): .*it is on this application's card/,
    );
  });

  test('passes the sample portfolio, and says what in it is still the sample', () => {
    const result = check(path.join(projectRoot, 'content'));
    expect(result.status, result.stderr).toBe(0);
    const sample = result.stdout
      .split('\n\n')
      .find((block) => block.startsWith('Still the sample portfolio: replace these with your own (advice, not errors):'));
    const files = [...(sample ?? '').matchAll(/^ {2}- (content\/\S+): (\w+)/gm)].map(([, file, word]) => `${file} ${word}`);
    const caseStudies = readdirSync(path.join(projectRoot, 'content/case-studies')).map(
      (folder) => `content/case-studies/${folder}/index.md is`,
    );
    const otherFiles = (folder: string) =>
      readdirSync(path.join(projectRoot, 'content', folder))
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => `content/${folder}/${file} is`);
    const translatedProfiles = readdirSync(path.join(projectRoot, 'content'))
      .filter((file) => /^profile\.[\w-]+\.md$/.test(file))
      .map((file) => `content/${file} is`);
    expect(files.sort()).toEqual(
      [
        'content/site.yaml url',
        'content/profile.md name',
        'content/profile.md photo',
        ...caseStudies,
        ...otherFiles('blog'),
        ...otherFiles('applications'),
        ...translatedProfiles,
      ].sort(),
    );
  });

  test('says nothing of the sample about content that is not', () => {
    expect(check('site-basic').stdout).not.toContain('sample');
  });

  test("checks the content only: it prints nothing about the project's own code", () => {
    const result = check('site-basic');
    // What `astro check` (npm run typecheck) prints: its progress, file:line:column diagnostics and a result line.
    expect(`${result.stdout}${result.stderr}`).not.toMatch(
      /Getting diagnostics|\.(ts|astro|mjs):\d+:\d+|\bts\(\d+\)|Result \(\d+ files?\)|\d+ (errors?|hints?)\b/,
    );
  });

  test('advises which entries a site language has no translation of, and which languages have no site title', () => {
    const result = check('site-reach');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '2 entries have no "tl" translation, so the tl pages list them in "en", marked with their language: blog/hello, case-studies/crisis.',
    );
    expect(result.stdout).not.toMatch(/has no site title in "tl"/);
    const sample = check(path.join(projectRoot, 'content'));
    expect(sample.stdout).toMatch(
      /entries have no "hi" translation, so the hi pages list them in "en", marked with their language: .*case-studies\/discord-launch-ganit-garage/,
    );
    expect(sample.stdout).not.toMatch(/case-studies\/crisis-response-rasoi-runner[,.]/);
  });

  test('fails on broken content, listing every problem', () => {
    const result = check('site-broken');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Commfolio found \d+ problems in 5 files:/);
    expect(result.stderr).toContain('applications/nowhere.md');
  });
});
