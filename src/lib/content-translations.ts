/** What grouping translations needs from an entry. */
export interface TranslatableEntry {
  id: string;
  data: { translationOf?: string };
}

/** The id that names a group of translations: the original's id. */
export function translationGroupId(entry: TranslatableEntry): string {
  return entry.data.translationOf ?? entry.id;
}

/**
 * A lookup of the other entries that translate the same piece as an entry (not the entry itself),
 * grouped once: asking for every entry of a collection stays linear in its size.
 */
export function translationLookup<Entry extends TranslatableEntry>(entries: readonly Entry[]): (entry: Entry) => Entry[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = translationGroupId(entry);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(entry);
  }
  return (entry) => (groups.get(translationGroupId(entry)) ?? []).filter((other) => other.id !== entry.id);
}

/**
 * The entries of the default language's section with no translation in `section` (none for the
 * default section itself): what that section lists in the default language rather than look empty.
 */
export function untranslatedEntries<Entry extends TranslatableEntry>(
  entries: readonly Entry[],
  section: string,
  sectionOf: (entry: Entry) => string,
  defaultLanguage: string,
): Entry[] {
  if (section === defaultLanguage) return [];
  const translated = new Set(entries.filter((entry) => sectionOf(entry) === section).map(translationGroupId));
  return entries.filter((entry) => sectionOf(entry) === defaultLanguage && !translated.has(translationGroupId(entry)));
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
