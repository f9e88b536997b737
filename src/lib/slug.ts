import { textHash } from './hash.ts';

/** Latin letters that Unicode does not split into a base letter and accents, as ASCII. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'ng',
  Ŋ: 'Ng',
  ſ: 's',
  ŧ: 't',
  Ŧ: 'T',
};

/**
 * Latin letters with accents as plain ASCII letters ("Kapé Sugbo" → "Kape Sugbo", "Straße" →
 * "Strasse", "cộng đồng" → "cong dong"), so an address stays readable when it is pasted or
 * printed instead of turning into %C3%A9. Other scripts keep every mark: Devanagari vowel signs
 * and Cyrillic й are letters there, not decoration.
 */
export function latinToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[ßẞæÆœŒøØđĐðÐþÞłŁıħĦŋŊſŧŦ]/g, (letter) => LATIN_LETTERS[letter]!)
    .normalize('NFC');
}

/** Longest slug, in characters: file systems allow 255 bytes per name, and Devanagari takes 3 a character. */
export const MAX_SLUG_LENGTH = 60;

/**
 * A URL slug that keeps letters of every script ("सामुदायिक-प्रबंधन", "kogukond"), lowercases,
 * and turns everything else into single hyphens. A slug longer than MAX_SLUG_LENGTH is cut at a
 * hyphen where possible and ends in a hash of the whole, so two long tags never share a page.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const characters = [...slug];
  if (characters.length <= MAX_SLUG_LENGTH) return slug;
  const cut = characters.slice(0, MAX_SLUG_LENGTH - 7).join('');
  const atHyphen = cut.lastIndexOf('-') > MAX_SLUG_LENGTH / 2 ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  return `${atHyphen.replace(/-+$/, '')}-${textHash(slug).slice(0, 6)}`;
}
