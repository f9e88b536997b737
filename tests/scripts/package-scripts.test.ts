import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts;

/** Developers' tools (docs/development.md), run where the project's developers work. */
const DEVELOPERS_ONLY = ['test:approve-cards'];

// npm runs scripts with cmd on Windows, which cannot set a variable for one command.
test("the npm scripts users run set no environment variable in the Unix shell's NAME=value form, so they run on Windows too", () => {
  const unixOnly = Object.entries(scripts).filter(
    ([name, command]) => !DEVELOPERS_ONLY.includes(name) && /(^|[\s;&|])[A-Z_][A-Z0-9_]*=\S/.test(command),
  );
  expect(unixOnly).toEqual([]);
});
