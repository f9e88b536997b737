import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { githubAnnotations, problemSummary, type ReportedProblem } from '../../src/lib/github-report.ts';
import { fieldLine } from '../../src/lib/problem-lines.ts';
import { withoutVitestVariables } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** `npm run check -- --format <format>` on a fixture. */
function check(format: string, environment: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/check.ts', '--format', format], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: 'tests/fixtures/site-broken', ...environment },
  });
}

const checked = check('json');
const problems = (JSON.parse(checked.stdout) as { problems: ReportedProblem[] }).problems;

describe('npm run check -- --format json', () => {
  test('lists every problem with its file, line and field, and fails', () => {
    expect(checked.status).toBe(1);
    expect(problems.length).toBeGreaterThan(10);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/site-broken/profile.md', line: 6, field: 'links[1].url' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'tests/fixtures/site-broken/case-studies/bad-study/index.md',
        line: 16,
        field: 'screenshots[1].alt',
      }),
    );
  });
});

describe('githubAnnotations', () => {
  test('gives each problem of the checker one error on its file and line', () => {
    const annotations = githubAnnotations(problems);
    expect(annotations).toHaveLength(problems.length);
    expect(annotations).toContain(
      '::error file=tests/fixtures/site-broken/case-studies/bad-study/index.md,line=8,title=metrics[0].before in tests/fixtures/site-broken/case-studies/bad-study/index.md::Write before as a plain number without units or commas, e.g. 12500 (put the unit in "unit").',
    );
  });

  test('escapes what would end a property or the command (commas, colons, newlines, %)', () => {
    const [annotation] = githubAnnotations([{ file: 'blog/a,b:c.md', line: 3, field: 'title', message: '100% wrong\n::error::injected' }]);
    expect(annotation).toBe('::error file=blog/a%2Cb%3Ac.md,line=3,title=title in blog/a%2Cb%3Ac.md::100%25 wrong%0A::error::injected');
    expect(annotation!.split('\n')).toHaveLength(1);
  });
});

describe('problemSummary', () => {
  test('is a table of every problem: file and line, field, what to do', () => {
    const summary = problemSummary(problems);
    expect(summary).toMatch(/^### Content check: \d+ problems in 5 files/);
    for (const problem of problems) expect(summary).toContain(`\`${problem.file}\` line ${problem.line}`);
    expect(summary.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(problems.length);
  });

  test('keeps a message with a pipe or HTML inside its cell', () => {
    expect(problemSummary([{ file: 'x.md', line: 1, field: 'a', message: 'use | or <script>' }])).toContain('| use \\| or &lt;script> |');
  });
});

describe('npm run check -- --format github', () => {
  test('prints the annotations, writes the job summary and still prints the usual report', () => {
    const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-summary-')), 'summary.md');
    const result = check('github', { GITHUB_STEP_SUMMARY: summaryFile });
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual(githubAnnotations(problems));
    expect(readFileSync(summaryFile, 'utf8')).toBe(problemSummary(problems));
    expect(result.stderr).toMatch(/^Commfolio found \d+ problems in 5 files:/);
  });
});

describe('fieldLine', () => {
  const text = '---\ntitle: A\nmetrics:\n  - label: B\n    value: x\n  - { label: C }\n---\nBody\n';
  test.each([
    ['title', 2],
    ['metrics[0].value', 5],
    ['metrics[1]', 6],
    ['metrics[1].value', 6],
    ['summary', 2],
    ['', 2],
  ])('%s is on line %i', (field, line) => {
    expect(fieldLine(text, field)).toBe(line);
  });

  test('reads a YAML file without frontmatter', () => {
    expect(fieldLine('title: A\ncolors:\n  accent: red\n', 'colors.accent')).toBe(3);
  });
});
