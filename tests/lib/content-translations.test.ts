import { describe, expect, test } from 'vitest';
import { mergeProfile, sectionLanguage, translationLookup, untranslatedEntries } from '../../src/lib/content-translations.ts';

describe('translationLookup', () => {
  const original = { id: 'crisis', data: {} };
  const hindi = { id: 'crisis-hi', data: { translationOf: 'crisis' } };
  const gujarati = { id: 'crisis-gu', data: { translationOf: 'crisis' } };
  const other = { id: 'launch', data: {} };
  const orphan = { id: 'lost-hi', data: { translationOf: 'lost' } };
  const translations = translationLookup([original, hindi, other, gujarati, orphan]);

  test('gives each entry the others of its group, never itself', () => {
    expect(translations(original)).toEqual([hindi, gujarati]);
    expect(translations(hindi)).toEqual([original, gujarati]);
    expect(translations(gujarati)).toEqual([original, hindi]);
  });

  test('gives none to an entry without translations, or whose original is not published', () => {
    expect(translations(other)).toEqual([]);
    expect(translations(orphan)).toEqual([]);
  });

  test('knows entries outside the list by their group', () => {
    expect(translations({ id: 'crisis-bn', data: { translationOf: 'crisis' } })).toEqual([original, hindi, gujarati]);
  });
});

describe('sectionLanguage', () => {
  test('is the entry’s language where the site offers it, else the default', () => {
    expect(sectionLanguage('hi', ['en', 'hi'], 'en')).toBe('hi');
    expect(sectionLanguage('gu', ['en', 'hi'], 'en')).toBe('en');
  });
});

describe('mergeProfile', () => {
  test('takes the translation’s fields, and the main profile’s lists it leaves empty', () => {
    const main = { name: 'Asha Rao', headline: 'Community manager', links: [{ platform: 'linkedin' }], credentials: [{ title: 'Course' }] };
    const translation = { name: 'आशा राव', headline: 'कम्युनिटी मैनेजर', links: [], credentials: [{ title: 'कोर्स' }] };
    expect(mergeProfile<Record<string, unknown>>(main, translation)).toEqual({
      name: 'आशा राव',
      headline: 'कम्युनिटी मैनेजर',
      links: [{ platform: 'linkedin' }],
      credentials: [{ title: 'कोर्स' }],
    });
  });
});

describe('untranslatedEntries', () => {
  const entry = (id: string, language: string, translationOf?: string) => ({ id, language, data: { translationOf } });
  const sectionOf = (item: { language: string }) => item.language;
  const entries = [entry('launch', 'en'), entry('launch-tl', 'tl', 'launch'), entry('crisis', 'en'), entry('hi-only', 'hi')];

  test("are the default section's entries with no translation in the section", () => {
    expect(untranslatedEntries(entries, 'tl', sectionOf, 'en').map((item) => item.id)).toEqual(['crisis']);
    expect(untranslatedEntries(entries, 'hi', sectionOf, 'en').map((item) => item.id)).toEqual(['launch', 'crisis']);
  });

  test('are none in the default section', () => {
    expect(untranslatedEntries(entries, 'en', sectionOf, 'en')).toEqual([]);
  });
});
