import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, listFiles } from '../helpers/build-site.ts';

const fingerprint = (outDir: string) =>
  Object.fromEntries(
    listFiles(outDir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(outDir, file)))
        .digest('hex'),
    ]),
  );

describe('building twice from the same content', () => {
  test('gives byte-identical output, cards, images and search index included', () => {
    const first = buildSite('site-basic');
    expect(first.status, first.output).toBe(0);
    const second = buildSite('site-basic', { COMMFOLIO_OUT_DIR: path.join(path.dirname(first.outDir), 'reproducible-second') });
    expect(second.status, second.output).toBe(0);
    const [before, after] = [fingerprint(first.outDir), fingerprint(second.outDir)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.keys(before).filter((file) => before[file] !== after[file])).toEqual([]);
  });
});
