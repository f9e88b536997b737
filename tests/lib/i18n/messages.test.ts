import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LanguageFileData, Message } from '../../../src/schemas/i18n.ts';
import { checkLanguageFile, describeLanguageFileProblem, placeholdersOf } from '../../../src/lib/i18n/language-file.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const folder = path.join(projectRoot, 'src/translations');
// The files as a translator leaves them, read here rather than through src/translations/index.ts,
// which lets a build go on without a key (shown in English).
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort();
const contentsOf = (file: string) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, Message>;
const english = contentsOf('en.json') as LanguageFileData;
const messageKeys = Object.keys(english).filter((key) => !key.startsWith('language.'));

describe.each(files.map((file) => [file.replace(/\.json$/, ''), contentsOf(file)] as const))('interface text in %s', (code, messages) => {
  test('has every key of the English file and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });
  test('keeps every placeholder of each English message', () => {
    for (const key of messageKeys)
      expect(placeholdersOf(messages[key]), `${code}: ${key}`).toEqual(placeholdersOf(english[key as keyof LanguageFileData]));
  });
  test('plural messages have exactly the forms the language uses, "other" among them', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message === 'string') continue;
      expect(message.other, key).toBeTruthy();
      expect(Object.keys(message).sort(), `${code}: ${key}`).toEqual([...categories].sort());
    }
  });
  test('no message is empty', () => {
    for (const [key, message] of Object.entries(messages)) {
      for (const form of typeof message === 'string' ? [message] : Object.values(message)) expect(form.trim(), key).not.toBe('');
    }
  });
  test('passes every check, with no problem to report', () => {
    const problems = checkLanguageFile(`src/translations/${code}.json`, code, messages, code === 'en' ? undefined : english);
    expect(problems.map(describeLanguageFileProblem)).toEqual([]);
  });
});
