/**
 * LinkedIn's language proficiency, in the words a CV uses. LinkedIn offers five levels; the export
 * writes them as "Native or bilingual proficiency", and LinkedIn's API as NATIVE_OR_BILINGUAL.
 */

const LEVELS: Record<string, string> = {
  elementary: 'Elementary',
  'limited working': 'Conversational',
  'professional working': 'Professional',
  'full professional': 'Fluent',
  'native or bilingual': 'Native or bilingual',
};

/** The level in words ("Fluent"), or undefined when LinkedIn's text is not one of its five levels. */
export function languageLevel(proficiency: string): string | undefined {
  const key = proficiency
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/\bproficiency\b/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return LEVELS[key];
}
