import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LanguageFileData } from '../../../src/schemas/i18n.ts';
import { checkLanguageFile, checkLanguageFiles, formatLanguageFileProblems } from '../../../src/lib/i18n/language-file.ts';

const english = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../src/translations/en.json'), 'utf8'),
) as LanguageFileData;
const FILE = 'src/translations/hi.json';

/**
 * A faultless language file built from English (so a fault in a real translation fails only the
 * tests that read it): Hindi uses the same plural forms; other languages get every form they use.
 */
function translation(code = 'hi'): Record<string, unknown> {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    Object.entries(english).map(([key, message]) => [
      key,
      typeof message === 'string' ? message : Object.fromEntries(categories.map((category) => [category, message.other])),
    ]),
  );
}

/** Hindi with one fault planted, and the problems a check of it reports, as a translator reads them. */
function plant(fault: (hindi: Record<string, unknown>) => void) {
  const hindi = translation();
  fault(hindi);
  const problems = checkLanguageFile(FILE, 'hi', hindi, english);
  return { problems, report: formatLanguageFileProblems(problems) };
}

describe('checkLanguageFile', () => {
  test.each([
    [
      'a missing key',
      'search.form.button',
      (hindi: Record<string, unknown>) => delete hindi['search.form.button'],
      /is missing\. Add it, translated from English "Search"\. It is: Button that starts a search\./,
    ],
    [
      'an extra key',
      'search.form.buton',
      (hindi: Record<string, unknown>) => (hindi['search.form.buton'] = 'खोजें'),
      /is not a key Commfolio uses\. Did you mean "search\.form\.button"\?/,
    ],
    [
      'a lost placeholder',
      'search.status.noResults',
      (hindi: Record<string, unknown>) => (hindi['search.status.noResults'] = 'कुछ नहीं मिला।'),
      /lacks \{query\}, which English has/,
    ],
    [
      'a misspelt placeholder',
      'pagination.page',
      (hindi: Record<string, unknown>) => (hindi['pagination.page'] = '{pages} में से पेज {pagee}'),
      /lacks \{page\}.*\n.*has \{pagee\}, which English does not/,
    ],
    [
      'a missing plural form',
      'post.readingTime',
      (hindi: Record<string, unknown>) => (hindi['post.readingTime'] = { other: '{count} मिनट' }),
      /has no "one" form, which hi uses for 0, 1\. Add "one": "…"\./,
    ],
    [
      'plural forms written as one text',
      'tags.page.postCount',
      (hindi: Record<string, unknown>) => (hindi['tags.page.postCount'] = '{count} पोस्ट'),
      /needs one text per plural form/,
    ],
    [
      'a plural form the language never uses',
      'tags.page.postCount',
      (hindi: Record<string, unknown>) => ((hindi['tags.page.postCount'] as Record<string, string>).few = 'कुछ पोस्ट'),
      /has a "few" form, which hi never uses \(it uses one, other\)\. Remove it\./,
    ],
    [
      'a misspelt plural form',
      'tags.page.postCount',
      (hindi: Record<string, unknown>) => ((hindi['tags.page.postCount'] as Record<string, string>).others = 'पोस्ट'),
      /has "others", which is not a plural form/,
    ],
    ['an empty text', 'footer.feed', (hindi: Record<string, unknown>) => (hindi['footer.feed'] = ' '), /"footer\.feed" is empty/],
    [
      'a number instead of text',
      'footer.feed',
      (hindi: Record<string, unknown>) => (hindi['footer.feed'] = 3),
      /"footer\.feed" must be text in quotes/,
    ],
    [
      'a wrong direction',
      'language.direction',
      (hindi: Record<string, unknown>) => (hindi['language.direction'] = 'left'),
      /must be "ltr" \(left to right\) or "rtl"/,
    ],
  ])('reports %s, naming the file and the key', (_, key, fault, message) => {
    const { problems, report } = plant(fault);
    expect(problems.map((problem) => [problem.file, problem.key])).toEqual(problems.map(() => [FILE, key]));
    expect(problems.length).toBeGreaterThan(0);
    expect(report).toContain(`${FILE}: "${key}"`);
    expect(report).toMatch(message);
  });

  test('reports every problem of a file at once', () => {
    const { problems } = plant((hindi) => {
      delete hindi['search.form.button'];
      hindi['search.status.noResults'] = 'कुछ नहीं मिला।';
      hindi['post.readingTime'] = { other: '{count} मिनट' };
    });
    expect(problems.map((problem) => problem.key)).toEqual(['post.readingTime', 'search.form.button', 'search.status.noResults']);
  });

  test('asks for every plural form the language uses (Arabic has six)', () => {
    const arabic = translation('ar');
    arabic['search.status.results'] = { one: 'نتيجة واحدة لـ «{query}»', other: '{count} نتيجة لـ «{query}»' };
    const forms = checkLanguageFile('src/translations/ar.json', 'ar', arabic, english).map(
      (problem) => problem.message.match(/no "(\w+)" form/)?.[1],
    );
    expect(forms).toEqual(['zero', 'two', 'few', 'many']);
  });

  test.each([
    ['ru', 'few', '2, 3, 4, 22'],
    ['fr', 'many', '1000000'],
    ['hi', 'one', '0, 1'],
  ])('tells a %s translator which numbers the "%s" form is for', (code, category, numbers) => {
    const file = translation(code);
    file['tags.page.postCount'] = { other: '{count}' };
    expect(formatLanguageFileProblems(checkLanguageFile(`src/translations/${code}.json`, code, file, english))).toContain(
      `src/translations/${code}.json: "tags.page.postCount" has no "${category}" form, which ${code} uses for ${numbers}. Add "${category}": "…".`,
    );
  });

  test('refuses a file name that is not a language code', () => {
    expect(checkLanguageFile('src/translations/hindi copy.json', 'hindi copy', translation(), english)[0]?.message).toMatch(
      /must be a language code, such as fr\.json or pt-BR\.json/,
    );
  });

  test('finds nothing wrong in an untouched file', () => {
    expect(plant(() => {}).problems).toEqual([]);
  });
});

describe('checkLanguageFiles', () => {
  test('lets a build go on without a key, which then shows in English, but stops it for anything else', () => {
    const hindi = translation();
    delete hindi['footer.feed'];
    const missingOnly = checkLanguageFiles(
      'src/translations',
      new Map([
        ['hi.json', hindi],
        ['en.json', english],
      ]),
    );
    expect(missingOnly.problems).toEqual([]);
    expect(missingOnly.languageFiles.map((file) => file.code)).toEqual(['en', 'hi']);
    expect(missingOnly.languageFiles[1]?.messages['footer.feed']).toBeUndefined();

    hindi['pagination.page'] = 'पेज {page}';
    expect(
      formatLanguageFileProblems(
        checkLanguageFiles(
          'src/translations',
          new Map([
            ['en.json', english],
            ['hi.json', hindi],
          ]),
        ).problems,
      ),
    ).toContain('src/translations/hi.json: "pagination.page" lacks {pages}');
  });

  test('English is the reference: it must be there, and complete', () => {
    expect(formatLanguageFileProblems(checkLanguageFiles('src/translations', new Map([['hi.json', translation()]])).problems)).toContain(
      'src/translations/en.json: is missing: it is the reference every other language follows.',
    );
    const incomplete = { ...english } as Record<string, unknown>;
    delete incomplete['footer.feed'];
    expect(
      checkLanguageFiles('src/translations', new Map([['en.json', incomplete]])).problems.map(
        (problem) => `${problem.file} ${problem.key}`,
      ),
    ).toEqual(['src/translations/en.json footer.feed']);
  });

  test('names a file that is not valid JSON', () => {
    const { problems } = checkLanguageFiles(
      'src/translations',
      new Map<string, unknown>([
        ['en.json', english],
        ['hi.json', new Error('is not valid JSON (Unexpected token). Look for a missing comma or quote there.')],
      ]),
    );
    expect(formatLanguageFileProblems(problems)).toContain('src/translations/hi.json: is not valid JSON');
  });
});
