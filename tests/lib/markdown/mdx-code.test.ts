import { describe, expect, test } from 'vitest';
import { mdxCodeFindings } from '../../../src/lib/markdown/mdx-code.ts';

describe('mdxCodeFindings', () => {
  test.each([
    ["import { readFileSync } from 'node:fs';\n\n{readFileSync('/etc/passwd', 'utf8')}", ['imports node:fs']],
    ['import cp from "child_process";\n\n{cp.execSync(\'id\').toString()}', ['imports child_process']],
    ["export const home = require('os').homedir();", ['imports os']],
    ["{await import('node:fs/promises')}", ['imports node:fs/promises']],
    ["import secret from '../../../.env?raw';\n\n{secret}", ['imports the file ../../../.env as text or an address']],
    ["import passwd from '/etc/passwd?raw';", ['imports the file /etc/passwd as text or an address']],
    ['Your home is {process.env.HOME}.', ['reads process.env']],
    ['{import.meta.env.SECRET}', ['reads import.meta.env']],
    ['{process.cwd()}', ['reads from process']],
  ])('finds what %j does', (source, expected) => {
    expect(mdxCodeFindings(source)).toEqual(expected);
  });

  test.each([
    ['plain MDX', 'Two plus two is {2 + 2}.\n\n<aside>An aside.</aside>'],
    ['a component import', "import Chart from '../../components/Chart.astro';\n\n<Chart />"],
    ['code shown in a fence', "```js\nimport fs from 'node:fs';\nconsole.log(process.env.HOME);\n```"],
    ['code shown inline', 'Write `process.env.HOME` or `import fs from "node:fs"` in Node.'],
  ])('finds nothing in %s', (_, source) => {
    expect(mdxCodeFindings(source)).toEqual([]);
  });
});
