import { textHash } from './hash.ts';

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
