import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readMetricsMapping } from '../../../src/content-folder/import/metrics-mapping.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'commfolio-mapping-'));
const mappingFile = (name: string, text: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
};

describe('readMetricsMapping', () => {
  test('reads one measure per line, each column as text', () => {
    expect(readMetricsMapping(mappingFile('good.yaml', 'date: Day\nmembers: Members\nyear: 2024\n'))).toEqual({
      mapping: { date: 'Day', members: 'Members', year: '2024' },
    });
  });

  test.each([
    [
      'broken.yaml',
      'date: Day\nmembers: "Members\n',
      /broken\.yaml line 2: the quote that opens the value of members on line 2 is never closed/,
    ],
    ['list.yaml', '- Day\n- Members\n', /list\.yaml is not a list of measures\. Write one per line as measure: Export column/],
  ])('names the file, the line and the fix for %s', (name, text, message) => {
    expect(readMetricsMapping(mappingFile(name, text)).problem).toMatch(message);
  });

  test('says when the file is missing', () => {
    expect(readMetricsMapping(path.join(folder, 'none.yaml')).problem).toMatch(/none\.yaml does not exist\./);
  });
});
