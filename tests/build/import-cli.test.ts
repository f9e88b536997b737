import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withoutVitestVariables } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run import -- …` (its script) on a copy of the basic fixture. */
function runImport(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run import -- metrics', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'commfolio-import-'));
  const contentDir = path.join(work, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/site-basic'), contentDir, { recursive: true });
  const exported = path.join(work, 'export.csv');
  writeFileSync(exported, 'Day,Members,Note\n14/01/2024,"1,120",ok\n15/01/2024,n/a,ok\n16/01/2024,12 members,bad\n');
  const mapping = path.join(work, 'mapping.yaml');
  writeFileSync(mapping, 'date: Day\nmembers: Members\n');

  test('without an importer name, lists the importers', () => {
    const result = runImport(contentDir);
    expect(result.status).toBe(2);
    expect(result.output).toContain('npm run import -- metrics <export.csv> --case-study <slug>');
  });

  test('writes the documented CSV beside the case study, reporting rows it could not read', () => {
    const result = runImport(
      contentDir,
      'metrics',
      exported,
      '--case-study',
      'launch',
      '--mapping',
      mapping,
      '--date-order',
      'dmy',
      '--out',
      'imported.csv',
    );
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('line 4: members: "12 members" is not a number.');
    expect(readFileSync(path.join(contentDir, 'case-studies/launch/imported.csv'), 'utf8')).toBe(
      'date,members\n2024-01-14,1120\n2024-01-15,\n',
    );
  });

  test('never overwrites without --force', () => {
    const target = path.join(contentDir, 'case-studies/launch/members.csv');
    const before = readFileSync(target, 'utf8');
    const refused = runImport(
      contentDir,
      'metrics',
      exported,
      '--case-study',
      'launch',
      '--map',
      'date=Day',
      '--map',
      'members=Members',
      '--date-order',
      'dmy',
      '--out',
      'members.csv',
    );
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/members\.csv already exists\. Nothing was written; run again with --force/);
    expect(readFileSync(target, 'utf8')).toBe(before);
    const forced = runImport(
      contentDir,
      'metrics',
      exported,
      '--case-study',
      'launch',
      '--map',
      'date=Day',
      '--map',
      'members=Members',
      '--date-order',
      'dmy',
      '--out',
      'members.csv',
      '--force',
    );
    expect(forced.status, forced.output).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('date,members\n2024-01-14,1120\n2024-01-15,\n');
  });

  test('names the case studies it knows when the slug is wrong', () => {
    const result = runImport(contentDir, 'metrics', exported, '--case-study', 'lunch');
    expect(result.status).toBe(1);
    expect(result.output).toContain('No case study "lunch". Known: crisis, launch.');
  });
});
