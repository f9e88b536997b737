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
  test('falls back to the date when the title has no letters', () => {
    expect(scaffoldSlug('???', '2026-11-21')).toBe('entry-2026-11-21');
  });
});

describe('scaffoldEntry', () => {
  test.each(['post', 'case-study'] as const)('a new %s passes the content checker and is a draft', async (kind) => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-scaffold-'));
    const entry = scaffoldEntry(kind, 'Launching a "quiet" community', '2026-11-21', 'en');
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
    const entry = scaffoldEntry('application', 'Acme Foods', '2026-11-21', 'en', 'a1b2c3');
    expect(entry.relativePath).toBe('applications/acme-foods-a1b2c3.md');
    const file = path.join(contentDir, entry.relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.text);
    expect(await checkEntry(file, 'applications', contentDir)).toEqual([]);
  });
  test('puts posts in blog/ and case studies in their own folder', () => {
    expect(scaffoldEntry('post', 'Hello', '2026-11-21', 'en').relativePath).toBe('blog/hello.md');
    expect(scaffoldEntry('case-study', 'Hello', '2026-11-21', 'en').relativePath).toBe('case-studies/hello/index.md');
  });
});
