import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportRoot, ImportInputError, openExport, unsafeEntryName } from '../../../src/content-folder/import/export-source.ts';
import { makeZip } from '../../helpers/zip.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const work = mkdtempSync(path.join(tmpdir(), 'commfolio-export-source-'));

/** Every file under a folder with its bytes, as the zip would list it. */
function folderFiles(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(folder, name)).isFile())
      .map((name) => [name.split(path.sep).join('/'), readFileSync(path.join(folder, name)).toString('base64')]),
  );
}

describe('openExport', () => {
  test.each(['linkedin-export', 'x-archive'])('the committed %s.zip holds exactly the files of its folder', async (name) => {
    const zip = await openExport(path.join(fixtures, `${name}.zip`));
    const fromZip = Object.fromEntries(
      await Promise.all(zip.files.map(async (file) => [file, Buffer.from(await zip.readText(file, 1e7), 'utf8').toString('base64')])),
    );
    zip.close();
    expect(fromZip).toEqual(folderFiles(path.join(fixtures, name)));
  });

  test('refuses a zip whose entry would land outside its folder, naming it', async () => {
    const file = path.join(work, 'slip.zip');
    writeFileSync(file, makeZip({ 'Profile.csv': 'First Name,Last Name\nA,B\n', '../../escape.csv': 'x' }));
    await expect(openExport(file)).rejects.toThrow(
      /holds a file whose name climbs out of the folder with \.\.\/ \("\.\.\/\.\.\/escape\.csv"\).*Nothing was read/,
    );
  });

  test.each([
    ['an absolute path', '/etc/cron.d/evil', /is an absolute path/],
    ['a Windows path climbing out', '..\\..\\evil.csv', /climbs out of the folder/],
  ])('refuses %s', async (_, name, message) => {
    const file = path.join(work, `bad-${name.length}.zip`);
    writeFileSync(file, makeZip({ [name]: 'x' }));
    await expect(openExport(file)).rejects.toThrow(message);
  });

  test('says when a file is not a zip, and when a path does not exist', async () => {
    const file = path.join(work, 'export.zip');
    writeFileSync(file, 'First Name,Last Name\n');
    await expect(openExport(file)).rejects.toThrow(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a zip file .*Give the zip exactly as it was sent to you, or the folder you unzipped it into\\.`,
      ),
    );
    await expect(openExport(path.join(work, 'missing.zip'))).rejects.toBeInstanceOf(ImportInputError);
  });

  test('refuses to read a file larger than the limit, from a zip and from a folder', async () => {
    const file = path.join(work, 'big.zip');
    writeFileSync(file, makeZip({ 'Profile.csv': 'x'.repeat(5000) }));
    const zip = await openExport(file);
    await expect(zip.readText('Profile.csv', 1000)).rejects.toThrow(/Profile\.csv is larger than 0 MB/);
    zip.close();
    const folder = await openExport(path.join(fixtures, 'linkedin-export'));
    await expect(folder.readText('Profile.csv', 100)).rejects.toThrow(/larger than/);
  });
});

describe('unsafeEntryName', () => {
  test.each([
    ['Profile.csv', undefined],
    ['Articles/Articles/a.html', undefined],
    ['a/../../b', 'climbs out of the folder with ../'],
    ['C:/x', 'is an absolute path'],
  ])('%s', (name, expected) => {
    expect(unsafeEntryName(name)).toBe(expected);
  });
});

describe('exportRoot', () => {
  test('finds the files at the top, or inside the one folder a zip wraps them in', () => {
    expect(exportRoot(['Profile.csv', 'Positions.csv'], ['Profile.csv'])).toBe('');
    expect(exportRoot(['Basic_LinkedInDataExport_08-10-2026/profile.csv'], ['Profile.csv'])).toBe('Basic_LinkedInDataExport_08-10-2026/');
    expect(exportRoot(['twitter-2024/data/tweets.js', 'twitter-2024/data/old/data/tweets.js'], ['data/tweets.js'])).toBe('twitter-2024/');
    expect(exportRoot(['notes.txt'], ['Profile.csv'])).toBeUndefined();
  });
});
