import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { withoutVitestVariables } from '../../helpers/build-site.ts';

const bundleEditor = pathToFileURL(path.resolve(import.meta.dirname, '../../../src/integrations/admin/bundle-editor.ts')).href;

// The first build after npm install bundles the editor; on a slow or busy computer Rolldown used to
// print "[PLUGIN_TIMINGS] JavaScript callbacks ran for 1.2s of this 4.1s build", which a user cannot act on.
test('bundling the editor prints nothing, even when its plugins take most of the time', () => {
  const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-editor-')), 'site');
  const script = `
    const { bundledEditor } = await import(${JSON.stringify(bundleEditor)});
    const slow = { name: 'slow', buildStart() { const end = Date.now() + 3000; while (Date.now() < end); } };
    const { reused } = await bundledEditor(${JSON.stringify(cacheDir)}, [slow]);
    if (reused) throw new Error('the bundle was reused');`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: withoutVitestVariables(process.env),
  });
  expect(result.status, result.stderr).toBe(0);
  expect(`${result.stdout}${result.stderr}`).toBe('');
}, 120_000);
