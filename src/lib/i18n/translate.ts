import type { Message, UiKey } from '../../schemas/i18n.ts';
import { LANGUAGE_FILE_PROBLEMS, LANGUAGE_FILES } from '../../translations/index.ts';
import { formatLanguageFileProblems, type LanguageFile } from './language-file.ts';

export type { UiKey };

const byCode = new Map(LANGUAGE_FILES.map((file) => [file.code, file]));
const english = (byCode.get('en')?.messages ?? {}) as Record<UiKey, Message>;

/** The interface language file for a language code ("hi", or "pt-BR" falling back to "pt"), if any. */
export function languageFile(language: string): LanguageFile | undefined {
  return byCode.get(language) ?? byCode.get(language.split('-')[0]!);
}

/** Codes of every language with interface text (a file in src/translations/), English first. */
export function interfaceLanguages(): string[] {
  return [...byCode.keys()];
}

/** Writing direction of a language: from its interface file, else from Intl, else left to right. */
export function languageDirection(language: string): 'ltr' | 'rtl' {
  const file = languageFile(language);
  if (file) return file.direction;
  const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
}

/** A language's name in that language ("हिन्दी"), for language switchers. */
export function languageName(language: string): string {
  return languageFile(language)?.name ?? new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}

function pick(message: Message, count: number | undefined, plural: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  return (count === undefined ? undefined : message[plural.select(count)]) ?? message.other;
}

/**
 * A function returning interface text in `language` (English where a message is missing),
 * filling `{name}` placeholders; numbers are formatted for the language, and a `count`
 * chooses the plural form.
 */
export function translator(language: string) {
  // The content check reports these before a build; this stops `astro dev` after a broken edit.
  if (LANGUAGE_FILE_PROBLEMS.length > 0) throw new Error(formatLanguageFileProblems(LANGUAGE_FILE_PROBLEMS));
  const messages = languageFile(language)?.messages ?? english;
  const plural = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language);
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const count = typeof values.count === 'number' ? values.count : undefined;
    return pick(messages[key] ?? english[key], count, plural).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = values[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** The translator's type, for components that receive it. */
export type Translate = ReturnType<typeof translator>;

/**
 * The `lang` and `dir` attributes of an element whose text is in `textLanguage` inside a page (or
 * block) in `surroundingLanguage`: none when they are the same language. Spread them on the element.
 */
export function languageAttributes(textLanguage: string, surroundingLanguage: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return textLanguage === surroundingLanguage ? {} : { lang: textLanguage, dir: languageDirection(textLanguage) };
}
