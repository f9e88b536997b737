/**
 * The id of a content entry, which is its address (`/blog/<id>/`, `/case-studies/<id>/`). Astro's
 * glob loaders (content.config.ts, through `generateId`) and the content check both call this,
 * so the check knows every address the build will give.
 */
import { slug as githubSlug } from 'github-slugger';

/**
 * Longest address, in characters. Each address becomes a folder name in the built site and a card
 * file name beside it (`<id>.png`); file systems allow 255 bytes per name, and letters of scripts
 * such as Devanagari take 3 bytes each.
 */
export const MAX_ENTRY_ID_LENGTH = 80;

/** Most bytes an address may take in UTF-8 (letters of some scripts take 4), leaving room for ".png". */
export const MAX_ENTRY_ID_BYTES = 240;

/**
 * An entry's id: its `slug` field when it has one, else the name of its file without the
 * extension, or of its folder for an `index.md`, slugged as GitHub slugs headings (as Astro does:
 * lowercase, spaces to hyphens, punctuation dropped). Folders above that only tidy the content
 * folder: `blog/2024/launch-recap.md` is `launch-recap`. Names are normalised to NFC first, so a
 * folder named on macOS (which stores "é" as "e" and an accent) gets the same address as one
 * typed elsewhere. `relativePath` is the file's path inside its collection's folder, with "/".
 */
export function entryId(relativePath: string, data: Record<string, unknown>): string {
  if (data.slug) return String(data.slug).normalize('NFC');
  const segments = relativePath
    .normalize('NFC')
    .replace(/\.(md|mdx)$/i, '')
    .split('/');
  if (segments.length > 1 && segments.at(-1) === 'index') segments.pop();
  return githubSlug(segments.at(-1)!);
}

/** Why an address cannot be used (empty, or too long for a file name), or undefined. */
export function entryIdProblem(id: string): string | undefined {
  const length = [...id].length;
  if (length === 0) return 'empty';
  if (length > MAX_ENTRY_ID_LENGTH) return `${length} characters long; an address can have at most ${MAX_ENTRY_ID_LENGTH}`;
  const bytes = new TextEncoder().encode(id).length;
  if (bytes > MAX_ENTRY_ID_BYTES)
    return `too long for a file name (${bytes} bytes; at most ${MAX_ENTRY_ID_BYTES}, and its letters take 3 or 4 bytes each)`;
  return undefined;
}
