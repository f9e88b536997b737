import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentDirKey } from '../../src/content-folder/layout.ts';
import { buildSite } from '../helpers/build-site.ts';

// A copy of the basic fixture in a folder of its own, so it starts with an empty card cache
// (the cache lives under node_modules/.astro/, per content folder).
const projectRoot = path.resolve(import.meta.dirname, '../..');
const content = mkdtempSync(path.join(tmpdir(), 'commfolio-card-rebuild-'));
cpSync(path.join(projectRoot, 'tests/fixtures/site-basic'), content, { recursive: true });
const build = (name: string) =>
  buildSite(content, { COMMFOLIO_OUT_DIR: path.join(content, '..', `${path.basename(content)}-${name}`, 'dist') });
const card = (outDir: string, file: string) => readFileSync(path.join(outDir, 'social-cards/en', file));

afterAll(() => {
  for (const folder of [content, `${content}-first`, `${content}-second`]) rmSync(folder, { recursive: true, force: true });
  const cacheRoot = path.join(projectRoot, 'node_modules/.astro');
  for (const name of readdirSync(cacheRoot))
    if (name.startsWith(`${contentDirKey(content)}-`)) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
});

describe('editing one post between two builds', () => {
  test('re-renders exactly its card; every other card is reused, byte for byte', () => {
    const first = build('first');
    expect(first.status, first.output).toBe(0);
    const total = Number(/social cards: (\d+) rendered, 0 reused/.exec(first.output)?.[1]);
    expect(total).toBeGreaterThan(10);

    const post = path.join(content, 'blog/post-1.md');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/^title: .*$/m, 'title: An edited title for the first post'));
    const second = build('second');
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(`social cards: 1 rendered, ${total - 1} reused from the cache`);
    expect(card(second.outDir, 'post/post-1.png').equals(card(first.outDir, 'post/post-1.png'))).toBe(false);
    expect(card(second.outDir, 'post/post-3.png').equals(card(first.outDir, 'post/post-3.png'))).toBe(true);
    expect(card(second.outDir, 'blog.png').equals(card(first.outDir, 'blog.png'))).toBe(true);
  });
});
