import { readTextFile } from './text-file.ts';
import { FrontmatterError, parseFrontmatter } from '../lib/frontmatter.ts';

/** An entry's Markdown file as read outside Astro: its frontmatter (dates as WrittenDate) and body, or why it cannot be read. */
export type EntryFileRead =
  | { file: string; data: Record<string, unknown>; body: string; error?: undefined }
  | { file: string; data?: undefined; body?: undefined; error: string };

/**
 * Reads an entry's Markdown file the one way code outside Astro does (the content check, the
 * redactions, the card step's photo): its text as UTF-8, then its frontmatter as Astro will read it.
 * `error` says what is wrong, with the line to look at.
 */
export function readEntryFile(file: string): EntryFileRead {
  const text = readTextFile(file);
  if (text.problem !== undefined) return { file, error: text.problem };
  try {
    return { file, ...parseFrontmatter(text.text) };
  } catch (error) {
    if (error instanceof FrontmatterError) return { file, error: error.message };
    throw error;
  }
}
