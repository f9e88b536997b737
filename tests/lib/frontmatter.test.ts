import { readFileSync } from 'node:fs';
import path from 'node:path';
// Astro's own frontmatter reader (what its glob loader and @astrojs/mdx call), to compare against.
import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { MAX_YAML_VALUES, WrittenDate } from '../../src/lib/yaml-text.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const markdownFiles = globSync(['content/**/*.{md,mdx}', 'tests/fixtures/**/*.{md,mdx}'], { cwd: projectRoot, absolute: true }).sort();

/** Astro's result for a text, or the error it throws. */
function astroRead(text: string): { data?: unknown; error?: string } {
  try {
    return { data: astroParseFrontmatter(text).frontmatter };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Files Astro reads something from that the check refuses: a frontmatter line missing, an alias bomb. */
const REFUSED_THOUGH_ASTRO_READS = [
  'tests/fixtures/malformed/alias-bomb/case-studies/bomb/index.md',
  'tests/fixtures/malformed/yaml-mistakes/blog/no-closing-line.md',
  'tests/fixtures/malformed/yaml-mistakes/blog/no-opening-line.md',
];

describe('parseFrontmatter reads as Astro does', () => {
  const refused: string[] = [];
  test.each(markdownFiles.map((file) => [path.relative(projectRoot, file), file]))('%s', (name, file) => {
    const text = readFileSync(file, 'utf8');
    const astro = astroRead(text);
    let ours: { data?: unknown; error?: string };
    try {
      ours = { data: parseFrontmatter(text).data };
    } catch (error) {
      ours = { error: (error as Error).message };
    }
    // Where we read fields, Astro reads the same ones (dates as the same instants); where Astro fails, so do we.
    if (ours.data) expect(ours.data).toEqual(astro.data);
    if (astro.error) expect(ours.error).toBeDefined();
    if (ours.error && !astro.error) refused.push(name);
  });

  test('refuses more than Astro only where Astro would read nothing, or hang', () => {
    expect(refused.sort()).toEqual(REFUSED_THOUGH_ASTRO_READS);
  });

  test.each([
    ['a tab in the indentation', '---\ntitle: x\ntags:\n\t- a\n---\n'],
    ['an alias to nowhere', '---\nslug: *nothing\n---\n'],
    ['a field written twice', '---\ntitle: a\ntitle: b\n---\n'],
  ])('refuses %s, as Astro does', (_, text) => {
    expect(astroRead(text).error).toBeDefined();
    expect(() => parseFrontmatter(text)).toThrow();
  });

  test('keeps the text a date was written as, on a Date Astro would see', () => {
    const { data } = parseFrontmatter('---\npublishedAt: 2026-02-30\n---\n');
    expect(data.publishedAt).toBeInstanceOf(WrittenDate);
    expect((data.publishedAt as WrittenDate).written).toBe('2026-02-30');
    expect(data.publishedAt).toEqual(astroRead('---\npublishedAt: 2026-02-30\n---\n').data && new Date('2026-03-02T00:00:00Z'));
  });

  test('refuses aliases that expand to more values than a portfolio holds, quickly', () => {
    const levels = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`),
    ];
    const started = performance.now();
    expect(() => parseFrontmatter(`---\n${levels.join('\n')}\n---\n`)).toThrow(
      `holds more than ${MAX_YAML_VALUES.toLocaleString('en')} values once its YAML aliases`,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('refuses JavaScript frontmatter instead of running it', () => {
    expect(() => parseFrontmatter('---js\n{ title: (globalThis.ran = true, "x") }\n---\nbody')).toThrow(
      'frontmatter written as ---js is not allowed; use YAML between --- lines (line 1 must be --- alone).',
    );
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});
