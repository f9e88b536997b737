/**
 * A URL slug that keeps letters of every script ("सामुदायिक-प्रबंधन", "kogukond"), lowercases,
 * and turns everything else into single hyphens.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
