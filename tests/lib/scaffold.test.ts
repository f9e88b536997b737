import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scaffoldEntry, scaffoldSlug } from '../../src/lib/scaffold.ts';
import { checkEntry } from '../../src/content-folder/check/check-content.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';

describe('scaffoldSlug', () => {
  test('comes from the title', () => {
    expect(scaffoldSlug('What I learnt moderating 10,000 members', '2026-11-21')).toBe('what-i-learnt-moderating-10-000-members');
  });
  test('writes Latin letters without accents, and keeps other scripts as they are', () => {
    expect(scaffoldSlug('Turning Kapé Sugbo into a community', '2026-11-21')).toBe('turning-kape-sugbo-into-a-community');
    expect(scaffoldSlug('सामुदायिक प्रबंधन: पहला साल', '2026-11-21')).toBe('सामुदायिक-प्रबंधन-पहला-साल');
  });
  test('drops apostrophes inside words instead of turning them into hyphens', () => {
    expect(scaffoldSlug("Growing Kapé Sugbo's Facebook group", '2026-11-21')).toBe('growing-kape-sugbos-facebook-group');
    expect(scaffoldSlug('What I’ve learnt: the members’ rules', '2026-11-21')).toBe('what-ive-learnt-the-members-rules');
  });
  test('falls back to the date when the title has no letters', () => {
    expect(scaffoldSlug('???', '2026-11-21')).toBe('entry-2026-11-21');
  });
});

describe('scaffoldEntry', () => {
  test.each(['post', 'case-study'] as const)('a new %s passes the content checker and is a draft', async (kind) => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-scaffold-'));
    const entry = scaffoldEntry({
      kind,
      title: 'Launching a "quiet" community',
      date: '2026-11-21',
      language: 'en',
      defaultLanguage: 'en',
    });
    const file = path.join(contentDir, entry.relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.text);
    expect(await checkEntry(file, kind === 'post' ? 'posts' : 'caseStudies', contentDir)).toEqual([]);
    const { data } = parseFrontmatter(entry.text);
    expect(data.title).toBe('Launching a "quiet" community');
    expect(data.draft).toBe(true);
  });
  test('an application passes the checker and ends its slug with the suffix', async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-scaffold-'));
    const entry = scaffoldEntry({
      kind: 'application',
      title: 'Acme Foods',
      date: '2026-11-21',
      language: 'en',
      defaultLanguage: 'en',
      suffix: 'a1b2c3',
    });
    expect(entry.relativePath).toBe('applications/acme-foods-a1b2c3.md');
    const file = path.join(contentDir, entry.relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.text);
    expect(await checkEntry(file, 'applications', contentDir)).toEqual([]);
  });
  test('puts posts in blog/ and case studies in their own folder', () => {
    const request = { title: 'Hello', date: '2026-11-21', language: 'en', defaultLanguage: 'en' };
    expect(scaffoldEntry({ kind: 'post', ...request }).relativePath).toBe('blog/hello.md');
    expect(scaffoldEntry({ kind: 'case-study', ...request }).relativePath).toBe('case-studies/hello/index.md');
  });
  test.each(['post', 'case-study'] as const)('a new %s is in the language asked for, and explains translationOf', (kind) => {
    const { text } = scaffoldEntry({ kind, title: 'Ang natutunan ko', date: '2026-11-21', language: 'tl', defaultLanguage: 'en' });
    expect(parseFrontmatter(text).data.language).toBe('tl');
    expect(text).toMatch(/^# translationOf: [\w-]+ +# optional, in a translation only: the slug \((file|folder) name/m);
  });
  test.each([
    ['en', 'profile.md'],
    ['tl', 'profile.tl.md'],
  ])('a profile in %s is %s, and passes the content checker with every field explained', async (language, relativePath) => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-scaffold-'));
    const entry = scaffoldEntry({ kind: 'profile', title: 'Maria Santos', date: '2026-11-21', language, defaultLanguage: 'en' });
    expect(entry.relativePath).toBe(relativePath);
    writeFileSync(path.join(contentDir, entry.relativePath), entry.text);
    expect(await checkEntry(path.join(contentDir, entry.relativePath), 'profile', contentDir)).toEqual([]);
    const { data } = parseFrontmatter(entry.text);
    expect(data.name).toBe('Maria Santos');
    expect(data.language).toBe(language === 'en' ? undefined : language);
  });
});
