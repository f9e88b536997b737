/** A short, stable, non-cryptographic hash of a text (FNV-1a, base 36): for cache folder names and slugs. */
export function textHash(text: string): string {
  let hash = 2166136261;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return hash.toString(36);
}
