/** What grouping translations needs from an entry. */
export interface TranslatableEntry {
  id: string;
  data: { translationOf?: string };
}

/** The id that names a group of translations: the original's id. */
export function translationGroupId(entry: TranslatableEntry): string {
  return entry.data.translationOf ?? entry.id;
}

/** The other entries that translate the same piece as `entry` (not `entry` itself). */
export function translationsOf<Entry extends TranslatableEntry>(entry: Entry, entries: readonly Entry[]): Entry[] {
  const group = translationGroupId(entry);
  return entries.filter((other) => other.id !== entry.id && translationGroupId(other) === group);
}

/**
 * The interface section an entry belongs to: its own language when the site offers that
 * language, else the default language (a Gujarati post on an English–Hindi site sits in the
 * English section, marked lang="gu").
 */
export function sectionLanguage(entryLanguage: string, siteLanguages: readonly string[], defaultLanguage: string): string {
  return siteLanguages.includes(entryLanguage) ? entryLanguage : defaultLanguage;
}

/**
 * A translated profile on top of the main one: its scalar fields and bio replace the main
 * profile's; lists it leaves empty are taken from the main profile.
 */
export function mergeProfile<Data extends Record<string, unknown>>(main: Data, translation: Data): Data {
  const merged: Record<string, unknown> = { ...main };
  for (const [key, value] of Object.entries(translation)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    merged[key] = value;
  }
  return merged as Data;
}
