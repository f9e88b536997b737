import { en, type UiKey } from './en.ts';

/** Interface text per language; a language without a file falls back to English. */
const DICTIONARIES: Record<string, Partial<Record<UiKey, string>>> = { en };

/** A function that returns interface text in `language`, filling `{name}` placeholders. */
export function translator(language: string) {
  const dictionary = DICTIONARIES[language] ?? DICTIONARIES[language.split('-')[0]!] ?? {};
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    (dictionary[key] ?? en[key]).replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** The translator's type, for components that receive it. */
export type Translate = ReturnType<typeof translator>;
