/** A message: plain text, or plural forms chosen with Intl.PluralRules ("other" is required). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** One language's interface text: a file in src/lib/i18n/languages/, registered in languages/index.ts. */
export interface LanguageFile<Keys extends string = string> {
  /** BCP 47 code, e.g. "hi". */
  code: string;
  /** The language's name in itself, for the language switcher: "हिन्दी". */
  name: string;
  /** Writing direction of the interface. */
  direction: 'ltr' | 'rtl';
  /** Every interface message, keyed like the English file. */
  messages: Record<Keys, Message>;
}
