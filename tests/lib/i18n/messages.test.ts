import { describe, expect, test } from 'vitest';
import { LANGUAGE_FILES } from '../../../src/lib/i18n/languages/index.ts';
import english from '../../../src/lib/i18n/languages/en.ts';
import { languageName, textDirection, translator } from '../../../src/lib/i18n/translate.ts';

const placeholders = (message: unknown): string[] =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();

describe.each(LANGUAGE_FILES.map((file) => [file.code, file] as const))('interface text in %s', (_, file) => {
  test('has every key of the English file and no other', () => {
    expect(Object.keys(file.messages).sort()).toEqual(Object.keys(english.messages).sort());
  });
  test('keeps every placeholder of each English message', () => {
    for (const [key, message] of Object.entries(english.messages)) {
      expect(placeholders(file.messages[key as keyof typeof english.messages]), `${file.code}: ${key}`).toEqual(placeholders(message));
    }
  });
  test('plural messages have an "other" form and only categories the language uses', () => {
    const categories = new Intl.PluralRules(file.code).resolvedOptions().pluralCategories;
    for (const message of Object.values(file.messages)) {
      if (typeof message === 'string') continue;
      expect(message.other).toBeTruthy();
      for (const category of Object.keys(message)) expect(categories).toContain(category);
    }
  });
  test('no message is empty', () => {
    for (const [key, message] of Object.entries(file.messages)) {
      for (const form of typeof message === 'string' ? [message] : Object.values(message)) expect(form.trim(), key).not.toBe('');
    }
  });
});

describe('the language list', () => {
  test('covers the languages our users write in, and Arabic for right-to-left', () => {
    expect(LANGUAGE_FILES.map((file) => file.code).sort()).toEqual(['ar', 'bn', 'en', 'et', 'gu', 'hi', 'tl']);
  });
});

describe('translator', () => {
  test('fills placeholders and chooses plural forms', () => {
    const t = translator('en');
    expect(t('blog.postCount', { count: 1 })).toBe('1 post');
    expect(t('blog.postCount', { count: 12 })).toBe('12 posts');
    expect(t('blog.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
  });
  test('formats numbers for the language', () => {
    expect(translator('hi')('blog.postCount', { count: 125000 })).toContain('1,25,000');
  });
  test('falls back to English for a language without interface text', () => {
    expect(translator('xx')('nav.blog')).toBe('Blog');
  });
});

describe('textDirection and languageName', () => {
  test.each([['ar', 'rtl'], ['ur', 'rtl'], ['he', 'rtl'], ['hi', 'ltr'], ['et', 'ltr']])('%s is %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
  test('names a language in itself', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('français');
  });
});
