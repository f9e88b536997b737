import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasEntries } from '../../src/content-folder/layout.ts';

describe('hasEntries', () => {
  test('is false without the folder, with an empty folder, or with only other files, and true with a Markdown entry', () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'commfolio-layout-'));
    expect(hasEntries(contentDir, 'applications')).toBe(false);
    mkdirSync(path.join(contentDir, 'applications'));
    expect(hasEntries(contentDir, 'applications')).toBe(false);
    writeFileSync(path.join(contentDir, 'applications', 'notes.txt'), 'not an entry');
    expect(hasEntries(contentDir, 'applications')).toBe(false);
    writeFileSync(path.join(contentDir, 'applications', 'acme.md'), '---\ncompany: Acme\n---\n');
    expect(hasEntries(contentDir, 'applications')).toBe(true);
  });
});
