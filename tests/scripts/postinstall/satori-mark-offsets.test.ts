import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixMarkOffsets, SATORI_FILES } from '../../../scripts/postinstall/satori-mark-offsets.mjs';

const UNFIXED = 'a();let K=r+Y.dx*b,z=c+Y.dy*b,_=f(K,z);';
const FIXED = 'a();let K=r+Y.dx*b,z=c-Y.dy*b,_=f(K,z);';

describe('fixMarkOffsets', () => {
  test('subtracts the y offset where satori adds it, and changes nothing else', () => {
    expect(fixMarkOffsets(UNFIXED, 'index.js')).toEqual({ source: FIXED, changed: true });
  });

  test('leaves a fixed file as it is', () => {
    expect(fixMarkOffsets(FIXED, 'index.js')).toEqual({ source: FIXED, changed: false });
  });

  test.each([
    ['is missing', 'a();let K=r+Y.dx*b,z=c+Y.dy*q,_=f(K,z);', 0],
    ['occurs twice', UNFIXED + UNFIXED, 2],
    ['occurs fixed and unfixed', UNFIXED + FIXED, 2],
  ])('stops, naming the file, when the line %s', (_, source, count) => {
    expect(() => fixMarkOffsets(source, 'node_modules/satori/dist/index.js')).toThrow(
      `node_modules/satori/dist/index.js: the line that places a glyph (like "let K=r+Y.dx*b,z=c+Y.dy*b,") occurs ${count} times, not once.`,
    );
  });

  test('npm install fixed every satori entry point', () => {
    const folder = path.dirname(createRequire(import.meta.url).resolve('satori/package.json'));
    for (const file of SATORI_FILES) expect(fixMarkOffsets(readFileSync(path.join(folder, file), 'utf8'), file).changed, file).toBe(false);
  });
});
