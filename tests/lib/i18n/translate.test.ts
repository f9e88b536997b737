import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LanguageFileSchema } from '../../../src/schemas/i18n.ts';
import { interfaceLanguages, languageName, languageDirection, translator } from '../../../src/lib/i18n/translate.ts';
import { LANGUAGE_FILES } from '../../../src/translations/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const files = readdirSync(path.join(projectRoot, 'src/translations'))
  .filter((file) => file.endsWith('.json'))
  .sort();

describe('the language list', () => {
  test('covers the languages our users write in, and Arabic for right-to-left', () => {
    expect(LANGUAGE_FILES.map((file) => file.code)).toEqual(expect.arrayContaining(['ar', 'bn', 'en', 'et', 'gu', 'hi', 'tl']));
  });
  test('is every file in src/translations, English first, with no list to edit', () => {
    expect(interfaceLanguages()).toEqual(['en', ...files.map((file) => file.replace(/\.json$/, '')).filter((code) => code !== 'en')]);
  });
  test('plain Node (npm run check, npm run new) finds the same languages with the same text', () => {
    const script = "import { LANGUAGE_FILES } from './src/translations/index.ts'; console.log(JSON.stringify(LANGUAGE_FILES));";
    const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(LANGUAGE_FILES);
  });
  test('every key has a description for translators', () => {
    for (const [key, schema] of Object.entries(LanguageFileSchema.shape)) expect(schema.description, key).toMatch(/\w{3,}.*\w{3,}/);
  });
});

describe('translator', () => {
  test('fills placeholders and chooses plural forms', () => {
    const t = translator('en');
    expect(t('tags.page.postCount', { count: 1 })).toBe('1 post');
    expect(t('tags.page.postCount', { count: 12 })).toBe('12 posts');
    expect(t('pagination.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
  });
  test('formats numbers for the language', () => {
    expect(translator('hi')('tags.page.postCount', { count: 125000 })).toContain('1,25,000');
  });
  test('chooses among all six Arabic plural forms', () => {
    const t = translator('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('search.status.results', { count, query: 'x' }))).toEqual([
      'لا نتائج لـ «x»',
      'نتيجة واحدة لـ «x»',
      'نتيجتان لـ «x»',
      '3 نتائج لـ «x»',
      '11 نتيجة لـ «x»',
      '100 نتيجة لـ «x»',
    ]);
  });
  test('leaves a placeholder without a value in place', () => {
    expect(translator('en')('search.status.results', { count: 3 })).toBe('3 results for “{query}”');
  });
  test('falls back to English for a language without interface text', () => {
    expect(translator('xx')('header.nav.blog')).toBe('Blog');
  });
});

describe('languageDirection and languageName', () => {
  test.each([
    ['ar', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['hi', 'ltr'],
    ['et', 'ltr'],
  ])('%s is %s', (language, direction) => {
    expect(languageDirection(language)).toBe(direction);
  });
  test('names a language in itself', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('français');
  });
});
